import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderParcelsStep, type CreateOrderParcelsInput } from "../steps/create-order-parcels"

export const createOrderParcelsWorkflowId = "create-order-parcels"

/** Each maker's parcel once the order is paid (by order id, or by the payment just captured). */
export const createOrderParcelsWorkflow = createWorkflow(createOrderParcelsWorkflowId, (input: CreateOrderParcelsInput) =>
  new WorkflowResponse(createOrderParcelsStep(input))
)
