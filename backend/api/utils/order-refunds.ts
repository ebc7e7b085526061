import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { readBankRefunds, readRefundAccount } from "../../lib/orders/bank-refunds"
import { toWon, type AmountLike } from "../../lib/money/won"
import { ATTRIBUTION_MODULE } from "../../modules/attribution"
import type AttributionModuleService from "../../modules/attribution/service"

async function metadataOf(scope: MedusaContainer, orderId: string) {
  const order = await scope.resolve(Modules.ORDER).retrieveOrder(orderId, { select: ["id", "metadata"] })
  return (order.metadata as Record<string, unknown> | null) ?? null
}

async function adjustmentsOf(scope: MedusaContainer, orderId: string) {
  const attribution: AttributionModuleService = scope.resolve(ATTRIBUTION_MODULE)
  const rows = await attribution.listAttributionAdjustments({ order_id: orderId }, { take: null, order: { occurred_at: "ASC" } })
  return rows.map((a) => ({
    id: a.id,
    line_item_id: a.line_item_id,
    maker_id: a.maker_id,
    kind: a.kind,
    quantity: a.quantity,
    amount: toWon(a.amount as AmountLike),
    shipping_amount: toWon(a.shipping_amount as AmountLike),
    occurred_at: new Date(a.occurred_at).toISOString(),
    reference: a.reference,
    created_by: a.created_by,
    reason: a.reason,
  }))
}

/** What the customer sees of refunds: the total given back and each 무통장입금 refund's state (no account number). */
export async function refundSummaryOf(scope: MedusaContainer, orderId: string) {
  const [metadata, adjustments] = await Promise.all([metadataOf(scope, orderId), adjustmentsOf(scope, orderId)])
  return {
    refunded_total: -adjustments.reduce((s, a) => s + a.amount + a.shipping_amount, 0),
    bank_refunds: readBankRefunds(metadata).map(({ id, amount, status, requested_at, refunded_at }) => ({ id, amount, status, requested_at, refunded_at })),
  }
}

/** Staff's view: every adjustment per maker, the refund account and the 무통장입금 refunds. */
export async function adminRefundsOf(scope: MedusaContainer, orderId: string) {
  const [metadata, adjustments] = await Promise.all([metadataOf(scope, orderId), adjustmentsOf(scope, orderId)])
  return {
    adjustments,
    refunded_total: -adjustments.reduce((s, a) => s + a.amount + a.shipping_amount, 0),
    refund_account: readRefundAccount(metadata),
    bank_refunds: readBankRefunds(metadata),
  }
}
