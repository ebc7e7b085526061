import type { IPricingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CampaignPriceRow } from "../types"

export const replaceCampaignPriceListStepId = "replace-campaign-price-list"

export type CampaignPriceListInput = {
  campaign_id: string
  title: string
  starts_at: string
  ends_at: string
  /** The list now carrying the campaign's prices, if any: it is retired for the new one. */
  old_price_list_id: string | null
  rows: CampaignPriceRow[]
}

/**
 * Gives a campaign a fresh Medusa price list of type `sale`, active in the campaign's window,
 * with one whole-won KRW price per variant, and retires (soft-deletes) the list it had. A new
 * list rather than edits to the old one keeps the step one simple swap; overlapping campaigns
 * are refused beforehand, so which list was created first never decides a price.
 * Undoing deletes the new list and restores the old one.
 */
export const replaceCampaignPriceListStep = createStep(
  replaceCampaignPriceListStepId,
  async (input: CampaignPriceListInput, { container }) => {
    const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
    const [created] = await pricing.createPriceLists([
      {
        title: `특판전: ${input.title}`,
        description: `campaign:${input.campaign_id}`,
        type: "sale",
        status: "active",
        starts_at: new Date(input.starts_at).toISOString(),
        ends_at: new Date(input.ends_at).toISOString(),
        prices: input.rows.map((row) => ({ amount: row.sale_price, currency_code: "krw", price_set_id: row.price_set_id })),
      },
    ] as Parameters<IPricingModuleService["createPriceLists"]>[0])
    if (input.old_price_list_id) await pricing.softDeletePriceLists([input.old_price_list_id])
    return new StepResponse(created.id, { created: created.id, old: input.old_price_list_id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
    await pricing.deletePriceLists([undo.created])
    if (undo.old) await pricing.restorePriceLists([undo.old])
  }
)
