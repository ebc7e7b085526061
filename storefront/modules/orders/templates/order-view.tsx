import Link from "next/link"
import type { OrderDetails, OrderParcel } from "@/lib/data/orders"
import { formatDateTime } from "@/lib/util/date"
import { isAwaitingBankTransfer, paymentStatusLabel } from "@/lib/util/order-status"
import { BankTransferNotice } from "@/modules/orders/components/bank-transfer-notice"
import { OrderCancel } from "@/modules/orders/components/order-cancel"
import { OrderDelivery } from "@/modules/orders/components/order-delivery"
import { OrderItemsByMaker } from "@/modules/orders/components/order-items-by-maker"
import { OrderParcels } from "@/modules/orders/components/order-parcels"
import { OrderStatusBadge } from "@/modules/orders/components/order-status-badge"
import { OrderTotals } from "@/modules/orders/components/order-totals"

type OrderViewProps = {
  order: OrderDetails
  /** link to the printable 구매확인서 */
  certificateHref?: string
  /** a heading above the order, e.g. "주문이 완료되었습니다" on the confirmation page */
  title?: string
  /** 2 when the page around it already has its own h1 (the account pages) */
  headingLevel?: 1 | 2
  /** each maker's parcel (the order pages; the checkout confirmation has none yet) */
  parcels?: OrderParcel[]
  /** offer 주문 취소 while nothing shipped (the order pages; not the confirmation) */
  cancelable?: boolean
}

/**
 * One order as the customer sees it: number, date, status, the bank account while a transfer is
 * awaited, items per maker with shipping, totals, delivery and gift. Shared by /orders/[id],
 * /account/orders/[id] and the checkout confirmation.
 */
export function OrderView({ order, certificateHref, title, headingLevel = 1, parcels = [], cancelable = false }: OrderViewProps) {
  const Heading = headingLevel === 1 ? "h1" : "h2"
  const providerId = order.payment?.provider_id ?? null
  const transfer = isAwaitingBankTransfer(order) ? order.payment?.bank_transfer : null
  // the server decides finally (a parcel may leave meanwhile); this only hides the button when it cannot work
  const canCancel =
    cancelable && order.status !== "canceled" && order.status !== "completed" && (order.fulfillment_status ?? "not_fulfilled") === "not_fulfilled"
  const paidByTransfer = providerId === "pp_bank-transfer_bank-transfer" && order.payment?.status === "captured"
  return (
    <article className="space-y-8" aria-labelledby="order-title">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          {title && <p className="text-lg font-bold text-leaf-700">{title}</p>}
          <Heading id="order-title" className="text-2xl font-bold">
            주문번호 {order.display_id}
          </Heading>
          <p className="text-sm text-ink-500">
            주문일 <time dateTime={order.created_at}>{formatDateTime(order.created_at)}</time>
          </p>
        </div>
        <div className="flex flex-col items-end gap-2">
          <OrderStatusBadge
            order={{
              status: order.status,
              payment_status: order.payment_status,
              fulfillment_status: order.fulfillment_status,
              provider_id: providerId,
            }}
          />
          <p className="text-sm text-ink-700">결제 상태: {paymentStatusLabel(order.payment_status, providerId)}</p>
        </div>
      </header>
      {transfer && <BankTransferNotice transfer={transfer} />}
      <div className="grid gap-8 md:grid-cols-[2fr_1fr]">
        <div className="space-y-8">
          <OrderParcels orderId={order.id} parcels={parcels} />
          <OrderItemsByMaker order={order} />
          <OrderDelivery order={order} />
        </div>
        <div className="space-y-4">
          <OrderTotals {...order} />
          {certificateHref && (
            <Link
              href={certificateHref}
              className="block rounded-full border border-brand-600 px-6 py-3 text-center font-semibold text-brand-700 hover:bg-brand-50"
            >
              구매확인서 보기·인쇄
            </Link>
          )}
          {canCancel && <OrderCancel orderId={order.id} needsAccount={paidByTransfer} />}
        </div>
      </div>
    </article>
  )
}
