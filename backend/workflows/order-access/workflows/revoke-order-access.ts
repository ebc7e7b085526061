import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeOrderAccessStep } from "../steps/revoke-order-access"

export const revokeOrderAccessWorkflowId = "revoke-order-access"

/** Every guest token issued for the order until now stops working; a new lookup issues a fresh one. */
export const revokeOrderAccessWorkflow = createWorkflow(
  revokeOrderAccessWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(revokeOrderAccessStep(input))
)
