import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setPurchaseEvidenceStep } from "../steps/set-purchase-evidence"
import type { PurchaseEvidenceInput } from "../types"

export const setPurchaseEvidenceWorkflowId = "set-purchase-evidence"

/** An institution's checkout asks for a 세금계산서 or 현금영수증 (the route checked who asks). */
export const setPurchaseEvidenceWorkflow = createWorkflow(
  setPurchaseEvidenceWorkflowId,
  (input: { cart_id: string; customer_id: string; evidence: PurchaseEvidenceInput }) => new WorkflowResponse(setPurchaseEvidenceStep(input))
)
