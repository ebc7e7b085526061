import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkCampaign } from "../check-campaign"
import type { CampaignFields, CampaignItemInput } from "../types"

export const validateCampaignStepId = "validate-campaign"

/** Refuses (Korean 400) a campaign that cannot be written or priced; returns its variant prices. */
export const validateCampaignStep = createStep(
  validateCampaignStepId,
  async (input: { id?: string; fields: CampaignFields; items: CampaignItemInput[]; published: boolean }, { container }) =>
    new StepResponse(await checkCampaign(container, input))
)
