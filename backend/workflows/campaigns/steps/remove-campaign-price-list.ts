import type { IPricingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const removeCampaignPriceListStepId = "remove-campaign-price-list"

/** Retires a campaign's Medusa price list (soft delete): its prices stop at once. Undoing restores it. */
export const removeCampaignPriceListStep = createStep(
  removeCampaignPriceListStepId,
  async ({ price_list_id }: { price_list_id: string | null }, { container }) => {
    if (!price_list_id) return new StepResponse(null, null)
    const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
    await pricing.softDeletePriceLists([price_list_id])
    return new StepResponse(price_list_id, price_list_id)
  },
  async (id, { container }) => {
    if (!id) return
    const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
    await pricing.restorePriceLists([id])
  }
)
