import type { ReactNode } from "react"

type CheckoutSectionProps = {
  id: string
  step: number
  title: string
  children: ReactNode
  description?: ReactNode
}

/** One numbered part of the order form (1 주문자 정보, 2 배송지, …). */
export function CheckoutSection({ id, step, title, description, children }: CheckoutSectionProps) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-xl border border-cream-200 bg-white p-4 sm:p-6">
      <div className="space-y-1">
        <h2 id={id} className="flex items-center gap-2 text-lg font-bold">
          <span aria-hidden="true" className="flex size-7 items-center justify-center rounded-full bg-brand-600 text-sm text-white">
            {step}
          </span>
          {title}
        </h2>
        {description && <div className="text-sm text-ink-700">{description}</div>}
      </div>
      {children}
    </section>
  )
}
