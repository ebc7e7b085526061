import Link from "next/link"
import type { CustomerOrderSummary } from "@/lib/data/customer"
import { formatDate } from "@/lib/util/date"
import { formatWon } from "@/lib/util/money"
import { orderProgressLabel, paymentStatusLabel } from "@/lib/util/order-status"

/** 주문 내역: 주문번호, 주문일 (Seoul), 상태, 결제 상태, 금액; each row links to the order. */
export function OrderHistoryTable({ orders, caption }: { orders: CustomerOrderSummary[]; caption: string }) {
  if (orders.length === 0) {
    return (
      <p className="rounded-xl bg-cream-100 p-8 text-center text-ink-700">
        아직 주문 내역이 없습니다.{" "}
        <Link href="/" className="font-semibold text-brand-700 hover:underline">
          자활기업 상품 둘러보기
        </Link>
      </p>
    )
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-cream-200 text-left text-ink-500">
            <th scope="col" className="py-2 pr-4 font-semibold">주문번호</th>
            <th scope="col" className="py-2 pr-4 font-semibold">주문일</th>
            <th scope="col" className="py-2 pr-4 font-semibold">상태</th>
            <th scope="col" className="py-2 pr-4 font-semibold">결제 상태</th>
            <th scope="col" className="py-2 text-right font-semibold">금액</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id} className="border-b border-cream-200">
              <th scope="row" className="py-3 pr-4 text-left">
                <Link href={`/account/orders/${order.id}`} className="font-bold text-brand-700 hover:underline">
                  {order.display_id}
                </Link>
              </th>
              <td className="py-3 pr-4">
                <time dateTime={order.created_at}>{formatDate(order.created_at)}</time>
              </td>
              <td className="py-3 pr-4">{orderProgressLabel(order)}</td>
              <td className="py-3 pr-4">{paymentStatusLabel(order.payment_status, order.provider_id)}</td>
              <td className="py-3 text-right font-semibold">{formatWon(order.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
