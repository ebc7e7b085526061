import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markStatementPaidStep, type MarkStatementPaidInput } from "../steps/mark-statement-paid"

export const markSettlementStatementPaidWorkflowId = "mark-settlement-statement-paid"

/** 지급 완료 of a confirmed statement (transfer date and reference). */
export const markSettlementStatementPaidWorkflow = createWorkflow(
  markSettlementStatementPaidWorkflowId,
  (input: MarkStatementPaidInput) => new WorkflowResponse(markStatementPaidStep(input))
)
