import Link from "next/link"
import type { ReactNode } from "react"

type AuthTemplateProps = {
  title: string
  intro: string
  children: ReactNode
  /** the link to the other form (가입 ↔ 로그인) */
  switchTo: { question: string; href: string; label: string }
}

/** Frame of the 로그인 and 회원가입 pages. */
export function AuthTemplate({ title, intro, children, switchTo }: AuthTemplateProps) {
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-ink-700">{intro}</p>
      </div>
      {children}
      <p className="text-sm text-ink-500">
        {switchTo.question}{" "}
        <Link href={switchTo.href} className="font-semibold text-brand-700 hover:underline">
          {switchTo.label}
        </Link>
      </p>
      <p className="text-sm text-ink-500">
        비회원으로 주문하셨나요?{" "}
        <Link href="/orders/lookup" className="font-semibold text-brand-700 hover:underline">
          비회원 주문조회
        </Link>
      </p>
    </div>
  )
}
