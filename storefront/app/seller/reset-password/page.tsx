import type { Metadata } from "next"
import Link from "next/link"
import { NewPasswordForm } from "@/modules/seller/auth/new-password-form"
import { ResetRequestForm } from "@/modules/seller/auth/reset-request-form"
import { SellerAuthFrame } from "@/modules/seller/auth/seller-auth-frame"

// the token is in the URL: it must not leak to other sites through the Referer
export const metadata: Metadata = { title: "비밀번호 재설정", referrer: "no-referrer" }

type Props = { searchParams: Promise<{ token?: string | string[]; email?: string | string[] }> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ""

/** Without a token: ask for the mail. With the mail's ?token=&email=: set the new password. */
export default async function SellerResetPasswordPage({ searchParams }: Props) {
  const params = await searchParams
  const token = first(params.token)
  const email = first(params.email)
  const back = (
    <p className="text-sm text-ink-500">
      <Link href="/seller/login" className="font-semibold text-brand-700 hover:underline">
        로그인으로 돌아가기
      </Link>
    </p>
  )
  if (token && email) {
    return (
      <SellerAuthFrame title="새 비밀번호 설정" intro="판매자센터에서 쓸 새 비밀번호를 정해 주세요.">
        <NewPasswordForm token={token} email={email} />
        {back}
      </SellerAuthFrame>
    )
  }
  return (
    <SellerAuthFrame title="비밀번호 재설정" intro="판매자센터에 가입한 이메일을 입력하면 비밀번호를 다시 정하는 링크를 보내 드립니다.">
      <ResetRequestForm />
      {back}
    </SellerAuthFrame>
  )
}
