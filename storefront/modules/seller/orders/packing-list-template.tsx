import type { SellerPackingList } from "@/lib/data/seller-orders"
import { formatDateTime } from "@/lib/util/date"
import { formatWon } from "@/lib/util/money"
import { recipientAddressLine } from "@/lib/util/seller-orders"
import { PrintButton } from "@/modules/orders/components/print-button"

/** 포장 명세서: goes into the box; on a gift no prices at all (the API leaves them out). */
export function PackingListTemplate({ slip }: { slip: SellerPackingList }) {
  return (
    <article className="mx-auto max-w-2xl space-y-4 bg-white p-6 print:p-0" aria-labelledby="packing-title">
      <div className="flex items-center justify-between print:hidden">
        <PrintButton />
      </div>
      <h1 id="packing-title" className="text-xl font-bold">
        포장 명세서 · 주문번호 {slip.order_number}
      </h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-ink-500">주문일</dt>
        <dd>{formatDateTime(slip.placed_at)}</dd>
        <dt className="text-ink-500">보내는 곳</dt>
        <dd>
          {slip.sender.name}
          {slip.sender.phone ? ` · ${slip.sender.phone}` : ""}
        </dd>
        <dt className="text-ink-500">받는 분</dt>
        <dd>
          {slip.recipient.name} · {slip.recipient.phone}
        </dd>
        <dt className="text-ink-500">주소</dt>
        <dd>{recipientAddressLine(slip.recipient)}</dd>
        {slip.delivery_note && (
          <>
            <dt className="text-ink-500">배송 요청사항</dt>
            <dd>{slip.delivery_note}</dd>
          </>
        )}
        {slip.parcel.carrier_name && (
          <>
            <dt className="text-ink-500">송장</dt>
            <dd>
              {slip.parcel.carrier_name} {slip.parcel.tracking_number ?? ""}
            </dd>
          </>
        )}
      </dl>
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-cream-200 text-left">
            <th className="py-2">상품</th>
            <th className="py-2 text-right">수량</th>
            {!slip.hide_prices && <th className="py-2 text-right">단가</th>}
          </tr>
        </thead>
        <tbody>
          {slip.items.map((item) => (
            <tr key={item.id} className="border-b border-cream-200">
              <td className="py-2">
                {item.title}
                {item.variant_title ? ` · ${item.variant_title}` : ""}
              </td>
              <td className="py-2 text-right">{item.quantity}</td>
              {!slip.hide_prices && <td className="py-2 text-right">{item.unit_price !== undefined ? formatWon(item.unit_price) : ""}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {slip.gift && (
        <section aria-label="선물 메시지" className="rounded-xl border border-cream-200 p-4">
          <h2 className="font-bold">선물 메시지</h2>
          <p className="whitespace-pre-line">{slip.gift.message ?? ""}</p>
          {slip.gift.sender_name && <p className="text-right">— {slip.gift.sender_name}</p>}
        </section>
      )}
    </article>
  )
}
