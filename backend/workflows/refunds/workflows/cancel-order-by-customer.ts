import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RefundAccount } from "../../../lib/orders/bank-refunds"
import { recordOrderCancelRemainderStep } from "../steps/record-order-cancel-remainder"
import { recordRefundOutcomeStep } from "../steps/record-refund-outcome"
import { validateCustomerCancelStep } from "../steps/validate-customer-cancel"

export type CancelOrderByCustomerInput = {
  order_id: string
  refund_account?: RefundAccount | null
  /** The customer id, or "guest" for a token holder. */
  canceled_by: string
}

export const cancelOrderByCustomerWorkflowId = "cancel-order-by-customer"

/**
 * 주문 취소 by the customer before anything shipped: Medusa's cancel-order workflow (card
 * payments refunded or released through the provider, an unpaid 무통장입금 simply canceled,
 * reserved stock released), then every maker's `cancel` adjustments (all lines and parcel
 * fees: they add up to the order total), then a paid 무통장입금's refund listed as pending with
 * the customer's account for staff to send.
 */
export const cancelOrderByCustomerWorkflow = createWorkflow(
  cancelOrderByCustomerWorkflowId,
  (input: CancelOrderByCustomerInput) => {
    const checked = validateCustomerCancelStep({ order_id: input.order_id, refund_account: input.refund_account })
    cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id, canceled_by: input.canceled_by } })
    const adjustment_ids = recordOrderCancelRemainderStep({ order_id: input.order_id, created_by: input.canceled_by, reason: "고객 취소" })
    const bank_refunds = recordRefundOutcomeStep({
      order_id: input.order_id,
      known_refund_ids: checked.known_refund_ids,
      adjustment_ids,
      account: checked.account,
    })
    return new WorkflowResponse({ adjustment_ids, bank_refunds })
  }
)
