import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markBankRefundRefundedStep } from "../steps/mark-bank-refund-refunded"

export const markBankRefundRefundedWorkflowId = "mark-bank-refund-refunded"

/** 환불 완료: staff transferred a 무통장입금 refund to the customer's account. */
export const markBankRefundRefundedWorkflow = createWorkflow(
  markBankRefundRefundedWorkflowId,
  (input: { order_id: string; refund_id: string; refunded_by: string }) => new WorkflowResponse(markBankRefundRefundedStep(input))
)
