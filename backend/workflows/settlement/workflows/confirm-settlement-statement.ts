import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { lockStatementStep } from "../steps/lock-statement"
import { refreshDraftStatementsStep } from "../steps/refresh-draft-statements"
import { validateStatementConfirmableStep } from "../steps/validate-statement-confirmable"

export const confirmSettlementStatementWorkflowId = "confirm-settlement-statement"

/**
 * 확정: checks the period has ended and the maker's earlier statements are locked, brings the
 * draft up to date, locks it, and refreshes the drafts after it (a negative balance now carries
 * into the next one).
 */
export const confirmSettlementStatementWorkflow = createWorkflow(
  confirmSettlementStatementWorkflowId,
  (input: { id: string; actor_id: string }) => {
    validateStatementConfirmableStep({ id: input.id })
    refreshDraftStatementsStep({}).config({ name: "refresh-drafts-before-confirm" })
    const id = lockStatementStep(transform({ input }, ({ input }) => ({ id: input.id, actor_id: input.actor_id })))
    refreshDraftStatementsStep({}).config({ name: "refresh-drafts-after-confirm" })
    return new WorkflowResponse(id)
  }
)
