import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteSellerInviteStep } from "../steps/delete-seller-invite"

export const revokeSellerInviteWorkflowId = "revoke-seller-invite"

/** Withdraws an invite (the caller has checked it is the maker's own). */
export const revokeSellerInviteWorkflow = createWorkflow(revokeSellerInviteWorkflowId, (input: { id: string }) =>
  new WorkflowResponse(deleteSellerInviteStep(input))
)
