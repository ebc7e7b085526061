import type { ReactNode } from "react"
import { AccountNav } from "@/modules/account/components/account-nav"

type AccountFrameProps = {
  title: string
  current: Parameters<typeof AccountNav>[0]["current"]
  children: ReactNode
}

/** Every /account page: its title, the account menu, then its content. */
export function AccountFrame({ title, current, children }: AccountFrameProps) {
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8 sm:py-10">
      <h1 className="text-2xl font-bold">{title}</h1>
      <AccountNav current={current} />
      {children}
    </div>
  )
}
