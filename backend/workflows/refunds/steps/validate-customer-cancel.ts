import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RefundAccount } from "../../../lib/orders/bank-refunds"
import { isBankTransfer, loadRefundContext, refundable } from "../refund-context"

export const CANCEL_MESSAGES = {
  canceled: "이미 취소된 주문입니다.",
  shipped: "이미 발송된 상품이 있어 주문을 취소할 수 없습니다. 상품을 받으신 뒤 반품을 요청해 주세요.",
  preparing: "만든 곳에서 출고 준비를 시작해 지금은 주문을 직접 취소할 수 없습니다. 고객센터로 문의해 주세요.",
  completed: "구매가 확정된 주문은 취소할 수 없습니다. 고객센터로 반품을 문의해 주세요.",
  account: "무통장입금으로 결제하신 주문은 환불받으실 계좌(은행, 계좌번호, 예금주)를 입력해 주세요.",
} as const

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export const validateCustomerCancelStepId = "validate-customer-cancel"

/**
 * A customer may cancel while nothing of the order is on its way: no fulfillment shipped (until
 * the parcels module decides per parcel) — and none started, since Medusa cancels only orders
 * whose fulfillments are all canceled. A 무통장입금 that was already paid needs the account to
 * send the money back to. Returns the refund ids the payments have now (to tell the new ones).
 */
export const validateCustomerCancelStep = createStep(
  validateCustomerCancelStepId,
  async (input: { order_id: string; refund_account?: RefundAccount | null }, { container }) => {
    const { order, payments } = await loadRefundContext(container, input.order_id)
    if (order.canceled) throw invalid(CANCEL_MESSAGES.canceled)
    if (order.status === "completed") throw invalid(CANCEL_MESSAGES.completed)
    if (order.fulfillments.some((f) => f.shipped)) throw invalid(CANCEL_MESSAGES.shipped)
    if (order.fulfillments.length) throw invalid(CANCEL_MESSAGES.preparing)
    const paidByTransfer = payments.some((p) => isBankTransfer(p) && refundable(p) > 0)
    if (paidByTransfer && !input.refund_account) throw invalid(CANCEL_MESSAGES.account)
    return new StepResponse({
      known_refund_ids: payments.flatMap((p) => p.refund_ids),
      account: paidByTransfer ? input.refund_account ?? null : null,
    })
  }
)
