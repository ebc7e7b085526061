import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshDraftStatementsStep } from "../steps/refresh-draft-statements"

export const refreshSettlementDraftsWorkflowId = "refresh-settlement-drafts"

/** Opens the periods that have money and rebuilds every 작성 중 statement (job, staff, 구매확정). */
export const refreshSettlementDraftsWorkflow = createWorkflow(
  refreshSettlementDraftsWorkflowId,
  (input: { now?: string }) => new WorkflowResponse(refreshDraftStatementsStep(input))
)
