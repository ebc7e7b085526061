import Link from "next/link"
import type { CarrierChoice, SellerOrder } from "@/lib/data/seller-orders"
import { formatDateTime } from "@/lib/util/date"
import { formatWon } from "@/lib/util/money"
import { recipientAddressLine, SELLER_ORDER_TABS, type SellerOrderTab } from "@/lib/util/seller-orders"
import { BulkShipForm } from "@/modules/seller/orders/bulk-ship-form"
import { ShipForm } from "@/modules/seller/orders/ship-form"

type Props = {
  orders: SellerOrder[]
  count: number
  status: SellerOrderTab
  carriers: CarrierChoice[]
  page: number
  totalPages: number
  /** set right after 발송 처리 (the order has moved to 발송 완료) */
  shippedDisplayId?: string
}

/** 주문 관리: the maker's parcels by status, what to pack and where to send it, the ship form and the CSV upload. */
export function SellerOrdersTemplate({ orders, count, status, carriers, page, totalPages, shippedDisplayId }: Props) {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold">주문·배송</h1>
      {shippedDisplayId && (
        <p role="status" className="rounded-xl bg-brand-50 p-3 text-sm text-brand-700">
          주문 #{shippedDisplayId} 발송 처리를 마쳤습니다. 고객에게 발송 안내가 나갑니다.{" "}
          <Link href="/seller/orders?status=shipped" className="font-semibold underline">
            발송 완료 보기
          </Link>
        </p>
      )}
      <nav aria-label="주문 상태">
        <ul className="flex gap-1 overflow-x-auto whitespace-nowrap">
          {SELLER_ORDER_TABS.map((tab) => (
            <li key={tab.status}>
              <Link
                href={`/seller/orders?status=${tab.status}`}
                aria-current={tab.status === status ? "page" : undefined}
                className={`flex min-h-11 items-center rounded-full border px-3 text-sm font-semibold ${
                  tab.status === status ? "border-brand-600 bg-brand-600 text-white" : "border-cream-200 bg-white text-ink-700 hover:border-brand-500"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {status === "awaiting" && <BulkShipForm />}
      <p className="text-sm text-ink-500">{count}건</p>
      {orders.length === 0 ? (
        <p className="rounded-2xl border border-cream-200 bg-white p-6 text-center text-ink-500">해당하는 주문이 없습니다.</p>
      ) : (
        <ul className="space-y-3">
          {orders.map((order) => (
            <li key={order.id} className="space-y-3 rounded-2xl border border-cream-200 bg-white p-4" data-order={order.display_id}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-bold">주문번호 {order.display_id}</h2>
                <time dateTime={order.placed_at} className="text-sm text-ink-500">
                  {formatDateTime(order.placed_at)}
                </time>
              </div>
              <ul className="text-sm">
                {order.items.map((item) => (
                  <li key={item.id}>
                    {item.title}
                    {item.variant_title ? ` · ${item.variant_title}` : ""} × {item.quantity}
                    {item.unit_price !== undefined && <span className="text-ink-500"> ({formatWon(item.unit_price)})</span>}
                  </li>
                ))}
              </ul>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="text-ink-500">받는 분</dt>
                <dd>
                  {order.recipient.name} · {order.recipient.phone}
                </dd>
                <dt className="text-ink-500">주소</dt>
                <dd>{recipientAddressLine(order.recipient)}</dd>
                {order.delivery_note && (
                  <>
                    <dt className="text-ink-500">배송 요청사항</dt>
                    <dd>{order.delivery_note}</dd>
                  </>
                )}
                {order.gift && (
                  <>
                    <dt className="text-ink-500">선물 메시지</dt>
                    <dd>
                      {order.gift.message ?? "(메시지 없음)"}
                      {order.gift.sender_name ? ` — ${order.gift.sender_name}` : ""}
                      <span className="block text-xs text-ink-500">선물 주문: 가격을 넣지 마세요.</span>
                    </dd>
                  </>
                )}
                {order.parcel.carrier_name && (
                  <>
                    <dt className="text-ink-500">송장</dt>
                    <dd>
                      {order.parcel.carrier_name} {order.parcel.tracking_number ?? ""}
                    </dd>
                  </>
                )}
              </dl>
              <div className="flex flex-wrap items-end justify-between gap-2">
                {order.parcel.status === "awaiting" ? <ShipForm orderId={order.id} displayId={order.display_id} carriers={carriers} /> : <span />}
                <Link href={`/seller/orders/${order.id}/packing-list`} className="text-sm font-semibold text-brand-700 underline">
                  포장 명세서 인쇄
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
      {totalPages > 1 && (
        <nav aria-label="쪽" className="flex justify-center gap-3 text-sm">
          {page > 1 && <Link href={`/seller/orders?status=${status}&page=${page - 1}`}>이전</Link>}
          <span>
            {page} / {totalPages}
          </span>
          {page < totalPages && <Link href={`/seller/orders?status=${status}&page=${page + 1}`}>다음</Link>}
        </nav>
      )}
    </div>
  )
}
