import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { withdrawProposalStep } from "../steps/withdraw-proposal"

export const withdrawCampaignProposalWorkflowId = "withdraw-campaign-proposal"

/** A maker takes back an own proposal that staff have not decided yet. */
export const withdrawCampaignProposalWorkflow = createWorkflow(withdrawCampaignProposalWorkflowId, (input: { item_id: string }) => {
  const id = withdrawProposalStep({ item_id: input.item_id })
  return new WorkflowResponse({ id })
})
