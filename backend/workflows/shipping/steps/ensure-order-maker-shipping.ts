import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { restoreOrderMetadata, snapshotOrderMakerShipping } from "./snapshot-order-maker-shipping"

export const ensureOrderMakerShippingStepId = "ensure-order-maker-shipping"

/** Writes the order's 업체별 배송 snapshot if it has none (the catch-up after a failed placement). */
export const ensureOrderMakerShippingStep = createStep(
  ensureOrderMakerShippingStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const undo = await snapshotOrderMakerShipping(container, order_id, { overwrite: false })
    return new StepResponse(!!undo, undo)
  },
  (undo, { container }) => restoreOrderMetadata(container, undo)
)
