import Link from "next/link"
import type { OrderDetails } from "@/lib/data/orders"
import { isAwaitingBankTransfer } from "@/lib/util/order-status"
import { OrderDelivery } from "@/modules/orders/components/order-delivery"
import { OrderItemsByMaker } from "@/modules/orders/components/order-items-by-maker"
import { OrderTotals } from "@/modules/orders/components/order-totals"
import { TransferInstructions } from "@/modules/order-confirmation/components/transfer-instructions"

type OrderConfirmationTemplateProps = {
  order: OrderDetails
}

const LINK = "block rounded-lg px-4 py-3 text-center font-bold"

/** 주문 완료: the order number, how to pay (무통장입금), what ships from whom, and where to go next. */
export function OrderConfirmationTemplate({ order }: OrderConfirmationTemplateProps) {
  // the guest's token travels in the order's cookie, not in these links
  const orderHref = `/orders/${encodeURIComponent(order.id)}`
  const transfer = isAwaitingBankTransfer(order) ? (order.payment?.bank_transfer ?? null) : null
  return (
    <div className="mx-auto max-w-5xl space-y-8 px-4 py-8 sm:py-10">
      <header className="space-y-2 text-center">
        <h1 className="text-2xl font-extrabold text-leaf-700 sm:text-3xl">주문이 접수되었습니다</h1>
        <p className="text-lg">
          주문번호 <strong className="text-2xl tabular-nums" data-testid="order-number">{order.display_id}</strong>
        </p>
        <p className="text-sm text-ink-700">
          주문번호와 주문하신 이메일{order.email ? `(${order.email})` : ""}로 언제든 주문을 조회할 수 있습니다.
        </p>
      </header>
      {transfer && <TransferInstructions transfer={transfer} />}
      <div className="grid gap-8 md:grid-cols-[2fr_1fr]">
        <div className="space-y-8">
          <OrderItemsByMaker order={order} />
          <OrderDelivery order={order} />
        </div>
        <div className="space-y-3">
          <OrderTotals {...order} />
          <Link href={orderHref} className={`${LINK} bg-brand-600 text-white hover:bg-brand-700`}>
            주문 상세 보기
          </Link>
          <Link
            href={`${orderHref}/certificate`}
            className={`${LINK} border-2 border-brand-600 text-brand-700 hover:bg-brand-50`}
          >
            구매확인서 보기·인쇄
          </Link>
          <Link href="/" className={`${LINK} text-ink-700 underline underline-offset-4`}>
            쇼핑 계속하기
          </Link>
        </div>
      </div>
    </div>
  )
}

/** When the order cannot be read here (no token and not signed in), still confirm and point to 주문조회. */
export function OrderConfirmationFallback() {
  return (
    <div className="mx-auto max-w-xl space-y-4 px-4 py-12 text-center">
      <h1 className="text-2xl font-extrabold text-leaf-700">주문이 접수되었습니다</h1>
      <p className="text-ink-700">주문 내용과 입금 안내는 주문번호와 이메일로 주문조회에서 확인할 수 있습니다.</p>
      <div className="flex flex-wrap justify-center gap-2">
        <Link href="/orders/lookup" className={`${LINK} bg-brand-600 text-white`}>
          주문조회
        </Link>
        <Link href="/" className={`${LINK} border-2 border-brand-600 text-brand-700`}>
          쇼핑 계속하기
        </Link>
      </div>
    </div>
  )
}
