import type { MedusaContainer } from "@medusajs/framework/types"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"
import { campaignListPrices } from "./campaign-list-prices"
import { readCampaignProducts } from "./read-campaign-products"

export type VariantCampaignPrice = { campaign_id: string; product_id: string; sale_price: number; starts_at: Date; ends_at: Date }

/**
 * Every published campaign price of the given products' variants, with its window, read from the
 * campaigns' Medusa price lists. Keyed by variant id.
 */
export async function campaignPricesOfProducts(container: MedusaContainer, productIds: string[]): Promise<Map<string, VariantCampaignPrice[]>> {
  const result = new Map<string, VariantCampaignPrice[]>()
  if (!productIds.length) return result
  const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
  const items = (
    await campaigns.listSaleCampaignItems({ product_id: productIds, state: "accepted" }, { relations: ["campaign"], take: null })
  ).filter((i) => i.campaign?.status === "published" && i.campaign.price_list_id)
  if (!items.length) return result
  const saleOf = await campaignListPrices(container, items.map((i) => i.campaign.price_list_id!))
  const products = await readCampaignProducts(container, [...new Set(items.map((i) => i.product_id))])
  for (const item of items) {
    for (const variant of products.get(item.product_id)?.variants ?? []) {
      const sale = saleOf.get(`${item.campaign.price_list_id}:${variant.price_set_id}`)
      if (sale === undefined) continue
      const list = result.get(variant.id) ?? []
      list.push({ campaign_id: item.campaign.id, product_id: item.product_id, sale_price: sale, starts_at: new Date(item.campaign.starts_at), ends_at: new Date(item.campaign.ends_at) })
      result.set(variant.id, list)
    }
  }
  return result
}

/** The campaign price live at `now` among a variant's campaign prices, if any (windows are half-open). */
export function liveCampaignPrice(prices: VariantCampaignPrice[], now: Date): VariantCampaignPrice | undefined {
  const t = now.getTime()
  return prices.find((p) => p.starts_at.getTime() <= t && t < p.ends_at.getTime())
}

/**
 * True when a cart line's unit price disagrees with the campaigns right now: a campaign is live
 * for its variant but the line does not carry its price (added before starts_at), or the line
 * carries a campaign price whose window is over or not yet open (added before ends_at).
 * Medusa re-prices only the line being added, never the lines already in the cart.
 */
export function isStaleCampaignPrice(unitPrice: number, prices: VariantCampaignPrice[], now: Date): boolean {
  const live = liveCampaignPrice(prices, now)
  if (live) return unitPrice !== live.sale_price
  return prices.some((p) => p.sale_price === unitPrice)
}
