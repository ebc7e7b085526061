import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { computeFullCancel } from "../../../modules/attribution/utils/compute-adjustments"
import { loadRefundContext } from "../refund-context"
import { deleteAttributionAdjustments, writeAttributionAdjustments } from "./create-attribution-adjustments"

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
    const ids = await writeAttributionAdjustments(container, {
      order_id: input.order_id,
      kind: "cancel",
      adjustments: computeFullCancel(context),
      reference: input.order_id,
      created_by: input.created_by,
      reason: input.reason,
    })
    return new StepResponse(ids, ids)
  },
  deleteAttributionAdjustments
)
