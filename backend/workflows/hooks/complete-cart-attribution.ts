import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  removeOrderAttribution,
  snapshotOrderAttribution,
} from "../attribution/steps/snapshot-order-attribution"
import {
  restoreOrderMetadata,
  snapshotOrderMakerShipping,
  type MakerShippingUndo,
} from "../shipping/steps/snapshot-order-maker-shipping"

// `orderCreated` runs inside the order-placing workflow, so an order never exists without its
// maker snapshots (attribution rows, and the 업체별 배송 breakdown in order.metadata) and a
// failure after it undoes both with the order. A hook has one handler, so both live here.
// Medusa registers the hook at run time but leaves it out of the workflow's types, hence the
// narrow cast.
type Undo = { ids: string[]; shipping?: MakerShippingUndo }
type OrderCreatedHooks = {
  orderCreated: (
    invoke: (input: { order_id: string; cart_id: string }, ctx: { container: MedusaContainer }) => Promise<StepResponse<string[], Undo>>,
    compensate: (undo: Undo | undefined, ctx: { container: MedusaContainer }) => Promise<void>
  ) => void
}

;(completeCartWorkflow.hooks as unknown as OrderCreatedHooks).orderCreated(
  async ({ order_id }, { container }) => {
    const ids = await snapshotOrderAttribution(container, order_id)
    const shipping = await snapshotOrderMakerShipping(container, order_id)
    return new StepResponse(ids, { ids, shipping })
  },
  async (undo, { container }) => {
    await restoreOrderMetadata(container, undo?.shipping)
    await removeOrderAttribution(container, undo?.ids)
  }
)
