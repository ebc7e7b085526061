import type { OrderDetails } from "@/lib/data/orders"
import { formatKoreanAddress, recipientName } from "@/lib/util/order-groups"

/** 주문자, 배송지, 배송 요청사항 and, for a gift, who sends it and the card's message. */
export function OrderDelivery({ order }: { order: OrderDetails }) {
  const address = order.shipping_address
  return (
    <section aria-labelledby="order-delivery-title" className="space-y-4">
      <h2 id="order-delivery-title" className="text-lg font-bold">
        주문자·배송 정보
      </h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-ink-500">주문자</dt>
        <dd>
          {[order.orderer_name, order.orderer_phone, order.email].filter(Boolean).join(" · ") || "-"}
        </dd>
        {address && (
          <>
            <dt className="text-ink-500">받는 분</dt>
            <dd>{[recipientName(address), address.phone].filter(Boolean).join(" · ")}</dd>
            <dt className="text-ink-500">배송지</dt>
            <dd>{formatKoreanAddress(address)}</dd>
          </>
        )}
        <dt className="text-ink-500">배송 요청사항</dt>
        <dd>{order.delivery_note || "없음"}</dd>
      </dl>
      {order.gift && (
        <div className="rounded-2xl border border-leaf-100 bg-leaf-100/40 p-4 text-sm">
          <h3 className="font-bold text-leaf-700">선물하기</h3>
          <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="text-ink-500">보내는 분</dt>
            <dd>{order.gift.sender_name || order.orderer_name || "-"}</dd>
            <dt className="text-ink-500">선물 메시지</dt>
            <dd className="whitespace-pre-line">{order.gift.message || "없음"}</dd>
            <dt className="text-ink-500">가격 표시</dt>
            <dd>{order.gift.hide_prices ? "받는 분의 명세서에 가격을 표시하지 않습니다" : "명세서에 가격을 표시합니다"}</dd>
          </dl>
        </div>
      )}
    </section>
  )
}
