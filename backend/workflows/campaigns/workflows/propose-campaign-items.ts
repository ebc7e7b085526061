import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ProposalInput } from "../check-proposals"
import { checkProposalsStep } from "../steps/check-proposals"
import { writeProposalsStep } from "../steps/write-proposals"

export const proposeCampaignItemsWorkflowId = "propose-campaign-items"

/**
 * A maker proposes own products for a campaign during its call (판매자센터). The maker comes
 * from the seller session, `now` from the server (tests pass it to move time). Nothing is
 * priced: staff accept or decline each proposal.
 */
export const proposeCampaignItemsWorkflow = createWorkflow(
  proposeCampaignItemsWorkflowId,
  (input: { campaign_id: string; maker_id: string; items: ProposalInput[]; now?: string }) => {
    const checkInput = transform({ input }, ({ input }) => ({ ...input, now: input.now ?? new Date().toISOString() }))
    const plan = checkProposalsStep(checkInput)
    const ids = writeProposalsStep(transform({ input, plan }, ({ input, plan }) => ({ campaign_id: input.campaign_id, plan })))
    return new WorkflowResponse({ item_ids: ids })
  }
)
