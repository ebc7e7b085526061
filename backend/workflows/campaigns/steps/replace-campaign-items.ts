import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGNS_MODULE } from "../../../modules/campaigns"
import type CampaignsModuleService from "../../../modules/campaigns/service"
import type { CampaignItemInput } from "../types"

export const replaceCampaignItemsStepId = "replace-campaign-items"

const ITEM_FIELDS = ["id", "product_id", "maker_id", "discount_type", "discount_value", "per_customer_limit", "state", "decline_reason", "campaign_id"] as const

/** Replaces a campaign's items with the given set; undoing removes the new ones and brings the old ones back with their ids. */
export const replaceCampaignItemsStep = createStep(
  replaceCampaignItemsStepId,
  async ({ campaign_id, items }: { campaign_id: string; items: (CampaignItemInput & { maker_id: string })[] }, { container }) => {
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    const old = await campaigns.listSaleCampaignItems({ campaign_id }, { select: [...ITEM_FIELDS], take: null })
    if (old.length) await campaigns.deleteSaleCampaignItems(old.map((i) => i.id))
    const created = items.length ? await campaigns.createSaleCampaignItems(items.map((item) => ({ ...item, campaign_id }))) : []
    return new StepResponse(created, { created: created.map((i) => i.id), old })
  },
  async (undo, { container }) => {
    if (!undo) return
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    if (undo.created.length) await campaigns.deleteSaleCampaignItems(undo.created)
    if (undo.old.length) await campaigns.createSaleCampaignItems(undo.old.map(({ campaign: _c, ...item }) => item))
  }
)
