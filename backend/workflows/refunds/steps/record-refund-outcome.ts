import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readBankRefunds, type BankRefund, type RefundAccount } from "../../../lib/orders/bank-refunds"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"
import { isBankTransfer, loadRefundContext } from "../refund-context"

export type RecordRefundOutcomeInput = {
  order_id: string
  /** Refund ids the payments had before this operation: anything else is what it created. */
  known_refund_ids: string[]
  /** Adjustments written by this operation without a reference yet: they get the refund's id. */
  adjustment_ids?: string[]
  /** Where a 무통장입금 refund goes (required by the validation before any refund of one). */
  account?: RefundAccount | null
}

type Undo = { order_id: string; metadata: Record<string, unknown> | null; referenced: string[] } | undefined

async function restoreMetadata(container: MedusaContainer, order_id: string, metadata: Record<string, unknown> | null) {
  await container.resolve(Modules.ORDER).updateOrders(order_id, { metadata: metadata ?? {} })
}

export const recordRefundOutcomeStepId = "record-refund-outcome"

/**
 * After Medusa refunded (through the payment provider): the new refund's id becomes the reference
 * of the adjustments, and a refund of a 무통장입금 payment — which only records the refund, the
 * money goes back by a bank transfer staff make — is listed in `metadata.bank_refunds` as pending
 * with the customer's account until staff mark it refunded. The compensation restores both.
 */
export const recordRefundOutcomeStep = createStep(
  recordRefundOutcomeStepId,
  async (input: RecordRefundOutcomeInput, { container }) => {
    const context = await loadRefundContext(container, input.order_id)
    const known = new Set(input.known_refund_ids)
    const fresh = context.payments.flatMap((p) => p.refund_ids.filter((id) => !known.has(id)).map((id) => ({ payment: p, id })))
    const referenced: string[] = []
    if (fresh.length && input.adjustment_ids?.length) {
      const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
      await attribution.updateAttributionAdjustments(input.adjustment_ids.map((id) => ({ id, reference: fresh[0].id })))
      referenced.push(...input.adjustment_ids)
    }
    const bank = fresh.filter((f) => isBankTransfer(f.payment))
    if (!bank.length && !input.account) return new StepResponse(undefined, { order_id: input.order_id, metadata: null, referenced } as Undo)

    const query = container.resolve("query")
    const { data } = await query.graph({ entity: "refund", fields: ["id", "amount"], filters: { id: bank.map((b) => b.id) } })
    const amountOf = new Map((data as { id: string; amount: number }[]).map((r) => [r.id, Math.round(Number(r.amount))]))
    const previous = context.order.metadata
    const now = new Date().toISOString()
    const added: BankRefund[] = input.account
      ? bank.map((b) => ({
          id: b.id,
          payment_id: b.payment.id,
          amount: amountOf.get(b.id) ?? 0,
          account: input.account!,
          status: "pending",
          requested_at: now,
          refunded_at: null,
          refunded_by: null,
        }))
      : []
    const metadata = {
      ...(previous ?? {}),
      ...(input.account ? { refund_account: input.account } : {}),
      bank_refunds: [...readBankRefunds(previous), ...added],
    }
    await container.resolve(Modules.ORDER).updateOrders(input.order_id, { metadata })
    return new StepResponse(added, { order_id: input.order_id, metadata: previous ?? {}, referenced } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.referenced.length) {
      const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
      await attribution.updateAttributionAdjustments(undo.referenced.map((id) => ({ id, reference: null })))
    }
    if (undo.metadata) await restoreMetadata(container, undo.order_id, undo.metadata)
  }
)
