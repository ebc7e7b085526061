import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { retrieveSeller } from "@/lib/data/seller"
import { safeSellerPath } from "@/lib/util/seller-forms"
import { SellerAuthFrame } from "@/modules/seller/auth/seller-auth-frame"
import { SellerLoginForm } from "@/modules/seller/auth/seller-login-form"

export const metadata: Metadata = { title: "로그인" }

type Props = { searchParams: Promise<{ next?: string | string[]; reset?: string }> }

export default async function SellerLoginPage({ searchParams }: Props) {
  const { next, reset } = await searchParams
  const returnTo = safeSellerPath(Array.isArray(next) ? next[0] : next)
  if (await retrieveSeller()) redirect(returnTo)
  return (
    <SellerAuthFrame
      title="판매자센터 로그인"
      intro="자활장터에 상품을 올리는 자활기업·사업단 담당자 전용입니다. 계정은 초대 메일로 만듭니다."
    >
      {reset === "1" && (
        <p role="status" className="rounded-lg bg-leaf-100 px-4 py-3 text-sm font-semibold text-leaf-700">
          비밀번호를 바꿨습니다. 새 비밀번호로 로그인해 주세요.
        </p>
      )}
      <SellerLoginForm next={returnTo} />
      <p className="text-sm text-ink-500">
        비밀번호를 잊으셨나요?{" "}
        <Link href="/seller/reset-password" className="font-semibold text-brand-700 hover:underline">
          비밀번호 재설정
        </Link>
      </p>
    </SellerAuthFrame>
  )
}
