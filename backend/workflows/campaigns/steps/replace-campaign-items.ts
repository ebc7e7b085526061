import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGNS_MODULE } from "../../../modules/campaigns"
import type CampaignsModuleService from "../../../modules/campaigns/service"
import type { CampaignItemInput } from "../types"

export const replaceCampaignItemsStepId = "replace-campaign-items"

const ITEM_FIELDS = ["id", "product_id", "maker_id", "discount_type", "discount_value", "per_customer_limit", "state", "decline_reason", "campaign_id"] as const

/**
 * Replaces a campaign's items with the given set. An entry carrying the id of a current item
 * keeps that item as it is (a maker's proposal keeps its id and state); the rest are written
 * anew. Undoing removes the new ones and brings the removed ones back with their ids.
 */
export const replaceCampaignItemsStep = createStep(
  replaceCampaignItemsStepId,
  async ({ campaign_id, items }: { campaign_id: string; items: (CampaignItemInput & { maker_id: string })[] }, { container }) => {
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    const old = await campaigns.listSaleCampaignItems({ campaign_id }, { select: [...ITEM_FIELDS], take: null })
    const oldIds = new Set(old.map((i) => i.id))
    const kept = new Set(items.flatMap((i) => (i.id && oldIds.has(i.id) ? [i.id] : [])))
    const removed = old.filter((i) => !kept.has(i.id))
    if (removed.length) await campaigns.deleteSaleCampaignItems(removed.map((i) => i.id))
    const fresh = items.filter((i) => !(i.id && kept.has(i.id))).map(({ id: _id, ...item }) => ({ ...item, campaign_id }))
    const created = fresh.length ? await campaigns.createSaleCampaignItems(fresh) : []
    return new StepResponse(created, { created: created.map((i) => i.id), old: removed })
  },
  async (undo, { container }) => {
    if (!undo) return
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    if (undo.created.length) await campaigns.deleteSaleCampaignItems(undo.created)
    if (undo.old.length) await campaigns.createSaleCampaignItems(undo.old.map(({ campaign: _c, ...item }) => item))
  }
)
