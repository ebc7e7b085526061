import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removePurchaseEvidenceStep } from "../steps/remove-purchase-evidence"

export const removePurchaseEvidenceWorkflowId = "remove-purchase-evidence"

/** The checkout withdraws its 증빙 요청. */
export const removePurchaseEvidenceWorkflow = createWorkflow(
  removePurchaseEvidenceWorkflowId,
  (input: { cart_id: string }) => new WorkflowResponse(removePurchaseEvidenceStep(input))
)
