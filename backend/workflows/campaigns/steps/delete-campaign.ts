import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGNS_MODULE } from "../../../modules/campaigns"
import type CampaignsModuleService from "../../../modules/campaigns/service"

export const deleteCampaignStepId = "delete-campaign"

/** Soft-deletes a campaign and its items (its recorded sales stay: they are history). Undoing restores them. */
export const deleteCampaignStep = createStep(
  deleteCampaignStepId,
  async ({ id }: { id: string }, { container }) => {
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    await campaigns.softDeleteSaleCampaigns([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    await campaigns.restoreSaleCampaigns([id])
  }
)
