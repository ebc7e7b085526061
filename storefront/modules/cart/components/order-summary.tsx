import type { ReactNode } from "react"
import { formatWon } from "@/lib/util/money"
import type { CartTotals } from "@/modules/cart/cart-groups"

type OrderSummaryProps = {
  totals: CartTotals
  /** parcels that pay shipping, for the "업체별 배송" note */
  parcelCount: number
  children?: ReactNode
}

/** 상품금액, 할인, 배송비 and 결제 예정 금액, in whole won, as Medusa computed them. */
export function OrderSummary({ totals, parcelCount, children }: OrderSummaryProps) {
  return (
    <section aria-labelledby="order-summary-heading" className="space-y-4 rounded-xl bg-cream-100 p-5">
      <h2 id="order-summary-heading" className="text-lg font-bold">
        결제 금액
      </h2>
      <dl className="space-y-2">
        <div className="flex justify-between">
          <dt>상품금액</dt>
          <dd>{formatWon(totals.items)}</dd>
        </div>
        <div className="flex justify-between">
          <dt>할인</dt>
          <dd className={totals.discount > 0 ? "text-brand-700" : undefined}>
            {totals.discount > 0 ? `-${formatWon(totals.discount)}` : formatWon(0)}
          </dd>
        </div>
        <div className="flex justify-between">
          <dt>
            배송비
            {parcelCount > 1 && <span className="ml-1 text-sm text-ink-500">(업체별 배송 {parcelCount}곳)</span>}
          </dt>
          <dd data-testid="summary-shipping">{formatWon(totals.shipping)}</dd>
        </div>
        <div className="flex items-baseline justify-between border-t border-cream-200 pt-3">
          <dt className="font-bold">결제 예정 금액</dt>
          <dd className="text-2xl font-extrabold text-brand-700" data-testid="summary-total">
            {formatWon(totals.total)}
          </dd>
        </div>
      </dl>
      {children}
    </section>
  )
}
