import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readBankRefunds } from "../../../lib/orders/bank-refunds"

export const BANK_REFUND_NOT_FOUND = "이 주문의 무통장입금 환불 내역을 찾을 수 없습니다."
export const BANK_REFUND_DONE = "이미 환불 완료로 표시된 환불입니다."

export const markBankRefundRefundedStepId = "mark-bank-refund-refunded"

/**
 * Staff sent a 무통장입금 refund to the customer's account: the pending entry becomes refunded,
 * with when and by whom. The compensation puts the metadata back as it was.
 */
export const markBankRefundRefundedStep = createStep(
  markBankRefundRefundedStepId,
  async (input: { order_id: string; refund_id: string; refunded_by: string }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const order = await orders.retrieveOrder(input.order_id, { select: ["id", "metadata"] })
    const metadata = (order.metadata as Record<string, unknown> | null) ?? {}
    const refunds = readBankRefunds(metadata)
    const refund = refunds.find((r) => r.id === input.refund_id)
    if (!refund) throw new MedusaError(MedusaError.Types.NOT_FOUND, BANK_REFUND_NOT_FOUND)
    if (refund.status === "refunded") throw new MedusaError(MedusaError.Types.INVALID_DATA, BANK_REFUND_DONE)
    const updated = { ...refund, status: "refunded" as const, refunded_at: new Date().toISOString(), refunded_by: input.refunded_by }
    await orders.updateOrders(input.order_id, {
      metadata: { ...metadata, bank_refunds: refunds.map((r) => (r.id === refund.id ? updated : r)) },
    })
    return new StepResponse(updated, { order_id: input.order_id, metadata })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.ORDER).updateOrders(undo.order_id, { metadata: undo.metadata })
  }
)
