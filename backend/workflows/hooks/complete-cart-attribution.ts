import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  removeOrderAttribution,
  snapshotOrderAttribution,
} from "../attribution/steps/snapshot-order-attribution"

// `orderCreated` runs inside the order-placing workflow, so an order never exists without its
// maker snapshot and a failure after it removes the rows with the order. Medusa registers the
// hook at run time but leaves it out of the workflow's types, hence the narrow cast.
type OrderCreatedHooks = {
  orderCreated: (
    invoke: (input: { order_id: string; cart_id: string }, ctx: { container: MedusaContainer }) => Promise<StepResponse<string[], string[]>>,
    compensate: (ids: string[] | undefined, ctx: { container: MedusaContainer }) => Promise<void>
  ) => void
}

;(completeCartWorkflow.hooks as unknown as OrderCreatedHooks).orderCreated(
  async ({ order_id }, { container }) => {
    const ids = await snapshotOrderAttribution(container, order_id)
    return new StepResponse(ids, ids)
  },
  (ids, { container }) => removeOrderAttribution(container, ids)
)
