import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkProposals, type ProposalInput } from "../check-proposals"

export const checkProposalsStepId = "check-campaign-proposals"

/** Refuses (Korean 400/404) a proposal that cannot be taken; returns what to write. Reads only. */
export const checkProposalsStep = createStep(
  checkProposalsStepId,
  async (input: { campaign_id: string; maker_id: string; items: ProposalInput[]; now: string }, { container }) =>
    new StepResponse(await checkProposals(container, input))
)
