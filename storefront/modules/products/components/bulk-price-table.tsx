import { bulkPriceRows, type PriceTier } from "@/lib/util/composition"
import { formatWon } from "@/lib/util/money"

type BulkPriceTableProps = {
  price: number | null
  tiers: readonly PriceTier[]
  headingId: string
  heading: "h2" | "h3"
}

/** "대량 구매 할인": the unit price from each quantity on (1개 이상 = the base price). */
export function BulkPriceTable({ price, tiers, headingId, heading: Heading }: BulkPriceTableProps) {
  const rows = bulkPriceRows(price, tiers)
  if (rows.length === 0) {
    return null
  }
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <Heading id={headingId} className="text-lg font-bold">
        대량 구매 할인
      </Heading>
      <table aria-labelledby={headingId} className="w-full overflow-hidden rounded-xl border border-cream-200 bg-white text-left">
        <thead className="bg-cream-100 text-sm text-ink-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              수량
            </th>
            <th scope="col" className="px-4 py-2 text-right font-semibold">
              개당 가격
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-cream-200">
          {rows.map((row) => (
            <tr key={row.min_quantity}>
              <th scope="row" className="px-4 py-2 font-medium">
                {row.label}
              </th>
              <td className="px-4 py-2 text-right font-semibold">
                {formatWon(row.amount)}
                {row.discount_percent > 0 && (
                  <span className="ml-2 text-sm font-normal text-brand-700">{row.discount_percent}% 할인</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm text-ink-500">주문 수량에 맞는 개당 가격이 장바구니에서 자동으로 적용됩니다.</p>
    </section>
  )
}
