import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { safeNextPath } from "@/lib/util/account-forms"
import { LoginForm } from "@/modules/account/components/login-form"
import { AuthTemplate } from "@/modules/account/templates/auth-template"

export const metadata: Metadata = { title: "로그인", robots: { index: false } }

type LoginPageProps = { searchParams: Promise<{ next?: string | string[] }> }

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const { next } = await searchParams
  const returnTo = safeNextPath(Array.isArray(next) ? next[0] : next)
  if (await retrieveCustomer()) redirect(returnTo)
  return (
    <AuthTemplate
      title="로그인"
      intro="자활장터 회원으로 로그인하면 주문 내역과 배송지를 한곳에서 관리할 수 있습니다."
      switchTo={{ question: "아직 회원이 아니신가요?", href: `/account/register?next=${encodeURIComponent(returnTo)}`, label: "회원가입" }}
    >
      <LoginForm next={returnTo} />
    </AuthTemplate>
  )
}
