import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findOrderParcelsStep } from "../steps/find-order-parcels"
import { setParcelsStatusStep } from "../steps/set-parcels-status"

export const cancelOrderParcelsWorkflowId = "cancel-order-parcels"

/**
 * A canceled order's parcels that have not left stop waiting (취소 tab of 판매자센터). Parcels
 * already shipped or confirmed stay as they are: getting those back is a return.
 */
export const cancelOrderParcelsWorkflow = createWorkflow(cancelOrderParcelsWorkflowId, (input: { order_id: string }) => {
  const ids = findOrderParcelsStep(input)
  const canceled = setParcelsStatusStep(
    transform({ ids }, ({ ids }) => ({ parcel_ids: ids, from: "awaiting" as const, to: "canceled" as const, at: new Date() }))
  )
  return new WorkflowResponse(canceled)
})
