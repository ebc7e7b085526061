import type { ReactNode } from "react"

/** Frame of the pages before a session: 로그인, 초대 수락, 비밀번호 재설정. */
export function SellerAuthFrame({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md space-y-5 py-4">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{title}</h1>
        {intro && <div className="text-ink-700">{intro}</div>}
      </div>
      {children}
    </div>
  )
}
