import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { safeNextPath } from "@/lib/util/account-forms"
import { RegisterForm } from "@/modules/account/components/register-form"
import { AuthTemplate } from "@/modules/account/templates/auth-template"

export const metadata: Metadata = { title: "회원가입", robots: { index: false } }

type RegisterPageProps = { searchParams: Promise<{ next?: string | string[] }> }

export default async function RegisterPage({ searchParams }: RegisterPageProps) {
  const { next } = await searchParams
  const returnTo = safeNextPath(Array.isArray(next) ? next[0] : next)
  if (await retrieveCustomer()) redirect(returnTo)
  return (
    <AuthTemplate
      title="회원가입"
      intro="가입하면 배송지를 저장해 두고 주문 내역과 구매확인서를 언제든 볼 수 있습니다."
      switchTo={{ question: "이미 회원이신가요?", href: `/account/login?next=${encodeURIComponent(returnTo)}`, label: "로그인" }}
    >
      <RegisterForm next={returnTo} />
    </AuthTemplate>
  )
}
