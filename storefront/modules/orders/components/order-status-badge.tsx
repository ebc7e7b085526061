import { orderProgressLabel, type OrderProgressInput } from "@/lib/util/order-status"

const TONE: Record<string, string> = {
  취소됨: "bg-cream-200 text-ink-700",
  "입금 대기": "bg-brand-100 text-brand-700",
  "결제 완료": "bg-leaf-100 text-leaf-700",
  "배송 완료": "bg-leaf-100 text-leaf-700",
}

/** The order's state in one Korean word or two: 입금 대기, 결제 완료, 배송 중, 취소됨… */
export function OrderStatusBadge({ order }: { order: OrderProgressInput }) {
  const label = orderProgressLabel(order)
  return (
    <span className={`inline-block rounded-full px-3 py-1 text-sm font-bold ${TONE[label] ?? "bg-cream-100 text-ink-700"}`}>
      {label}
    </span>
  )
}
