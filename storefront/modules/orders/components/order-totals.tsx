import { formatWon } from "@/lib/util/money"

type OrderTotalsProps = {
  item_total: number
  shipping_total: number
  discount_total: number
  total: number
}

/** 결제 금액: items, shipping (sum of the makers' fees), discount, and what was paid. */
export function OrderTotals({ item_total, shipping_total, discount_total, total }: OrderTotalsProps) {
  return (
    <section aria-labelledby="order-totals-title" className="rounded-2xl bg-cream-100 p-5">
      <h2 id="order-totals-title" className="text-lg font-bold">
        결제 금액
      </h2>
      <dl className="mt-3 space-y-2 text-sm">
        <div className="flex justify-between">
          <dt className="text-ink-500">상품 금액</dt>
          <dd>{formatWon(item_total)}</dd>
        </div>
        <div className="flex justify-between">
          <dt className="text-ink-500">배송비</dt>
          <dd>{formatWon(shipping_total)}</dd>
        </div>
        {discount_total > 0 && (
          <div className="flex justify-between">
            <dt className="text-ink-500">할인</dt>
            <dd>-{formatWon(discount_total)}</dd>
          </div>
        )}
        <div className="flex justify-between border-t border-cream-200 pt-2 text-base font-bold">
          <dt>총 결제금액</dt>
          <dd className="text-brand-700">{formatWon(total)}</dd>
        </div>
      </dl>
    </section>
  )
}
