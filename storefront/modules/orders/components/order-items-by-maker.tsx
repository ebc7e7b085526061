import Link from "next/link"
import type { OrderDetails } from "@/lib/data/orders"
import { formatWon } from "@/lib/util/money"
import { groupItemsByMaker } from "@/lib/util/order-groups"

/** 주문 상품, one parcel per maker with its subtotal and shipping fee (업체별 배송). */
export function OrderItemsByMaker({ order }: { order: OrderDetails }) {
  const parcels = groupItemsByMaker(order.items, order.maker_shipping?.groups)
  return (
    <section aria-labelledby="order-items-title" className="space-y-4">
      <h2 id="order-items-title" className="text-lg font-bold">
        주문 상품
      </h2>
      {parcels.map((parcel) => (
        <div key={parcel.key} className="rounded-2xl border border-cream-200 bg-white">
          <h3 className="border-b border-cream-200 px-4 py-3 font-bold">
            {parcel.maker ? (
              <Link href={`/makers/${parcel.maker.handle}`} className="hover:underline">
                {parcel.maker.name}
              </Link>
            ) : (
              "자활장터"
            )}
            <span className="ml-2 text-sm font-normal text-ink-500">배송</span>
          </h3>
          <ul className="divide-y divide-cream-200">
            {parcel.items.map((item) => (
              <li key={item.id} className="flex gap-4 px-4 py-3">
                {item.thumbnail ? (
                  <img
                    src={item.thumbnail}
                    alt=""
                    width={64}
                    height={64}
                    loading="lazy"
                    decoding="async"
                    className="size-16 shrink-0 rounded-lg bg-cream-100 object-cover"
                  />
                ) : (
                  <span aria-hidden="true" className="size-16 shrink-0 rounded-lg bg-cream-100" />
                )}
                <div className="flex-1">
                  <p className="font-semibold">{item.title}</p>
                  {item.variant_title && <p className="text-sm text-ink-500">{item.variant_title}</p>}
                  <p className="text-sm text-ink-700">
                    {formatWon(item.unit_price)} × {item.quantity}개
                  </p>
                </div>
                <p className="font-semibold">{formatWon(item.total)}</p>
              </li>
            ))}
          </ul>
          <dl className="flex flex-wrap justify-end gap-x-6 gap-y-1 border-t border-cream-200 px-4 py-3 text-sm">
            <div className="flex gap-2">
              <dt className="text-ink-500">상품 소계</dt>
              <dd className="font-semibold">{formatWon(parcel.item_subtotal)}</dd>
            </div>
            {parcel.shipping_fee !== null && (
              <div className="flex gap-2">
                <dt className="text-ink-500">배송비</dt>
                <dd className="font-semibold">{parcel.shipping_fee === 0 ? "무료" : formatWon(parcel.shipping_fee)}</dd>
              </div>
            )}
          </dl>
        </div>
      ))}
    </section>
  )
}
