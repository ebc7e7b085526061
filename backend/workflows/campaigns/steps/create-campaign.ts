import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGNS_MODULE } from "../../../modules/campaigns"
import type CampaignsModuleService from "../../../modules/campaigns/service"
import type { CampaignFields, CampaignItemInput } from "../types"

export const createCampaignStepId = "create-campaign"

/** Creates a draft campaign with its items (each carrying its product's maker). */
export const createCampaignStep = createStep(
  createCampaignStepId,
  async (input: { fields: CampaignFields; items: (CampaignItemInput & { maker_id: string })[] }, { container }) => {
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    const created = await campaigns.createSaleCampaigns({
      ...input.fields,
      starts_at: new Date(input.fields.starts_at),
      ends_at: new Date(input.fields.ends_at),
      call_starts_at: input.fields.call_starts_at ? new Date(input.fields.call_starts_at) : null,
      call_ends_at: input.fields.call_ends_at ? new Date(input.fields.call_ends_at) : null,
      status: "draft",
    })
    if (input.items.length) await campaigns.createSaleCampaignItems(input.items.map((item) => ({ ...item, campaign_id: created.id })))
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    await campaigns.deleteSaleCampaigns(id)
  }
)
