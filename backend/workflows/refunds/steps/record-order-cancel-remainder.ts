import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"
import { computeFullCancel } from "../../../modules/attribution/utils/compute-adjustments"
import { loadRefundContext } from "../refund-context"

export const recordOrderCancelRemainderStepId = "record-order-cancel-remainder"

/**
 * A canceled order gives back everything not given back yet: every unit of every line and every
 * parcel fee, as `cancel` adjustments. Idempotent (it writes only the remainder), so the customer
 * cancel, the order.canceled subscriber (staff cancel, the unpaid-transfer job) and the snapshot
 * catch-up can all run it; an order that is not canceled gets nothing.
 */
export const recordOrderCancelRemainderStep = createStep(
  recordOrderCancelRemainderStepId,
  async (input: { order_id: string; created_by?: string | null; reason?: string | null }, { container }) => {
    const context = await loadRefundContext(container, input.order_id)
    if (!context.order.canceled || !context.rows.length) return new StepResponse([] as string[], [] as string[])
    const adjustments = computeFullCancel(context)
    if (!adjustments.length) return new StepResponse([] as string[], [] as string[])
    const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
    const occurred_at = new Date()
    const created = await attribution.createAttributionAdjustments(
      adjustments.map((a) => ({
        ...a,
        order_id: input.order_id,
        kind: "cancel" as const,
        occurred_at,
        reference: input.order_id,
        created_by: input.created_by ?? null,
        reason: input.reason ?? null,
      }))
    )
    const ids = created.map((c) => c.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
    await attribution.deleteAttributionAdjustments(ids)
  }
)
