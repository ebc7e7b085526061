import type { MedusaContainer } from "@medusajs/framework/types"
import { campaignPricesOfProducts, liveCampaignPrice } from "./live-campaign-prices"

export type CampaignPricedHit = {
  /** the lowest price a cart charges now: the live 특판가 when a campaign is on */
  price: number | null
  /** the lowest regular price (정가) when a campaign lowers it now, else null */
  regular_price: number | null
}

/**
 * Search hits at the price a cart would charge right now. The search index keeps each product's
 * regular price (it is not re-indexed at every window boundary); a 특판전's price is laid over it
 * per request from the campaigns' Medusa price lists, so a hit turns at `starts_at` and back at
 * `ends_at` like the cart and the product API. Sorting and the price facet still use the index's
 * regular price (docs/campaigns.md).
 */
export async function withLiveCampaignPrices<T extends { id: string; price: number | null }>(
  container: MedusaContainer,
  hits: T[],
  now = new Date()
): Promise<(T & CampaignPricedHit)[]> {
  const prices = await campaignPricesOfProducts(container, [...new Set(hits.map((h) => h.id))])
  const lowestSale = new Map<string, number>()
  for (const variantPrices of prices.values()) {
    const live = liveCampaignPrice(variantPrices, now)
    if (!live) continue
    const before = lowestSale.get(live.product_id)
    if (before === undefined || live.sale_price < before) lowestSale.set(live.product_id, live.sale_price)
  }
  return hits.map((hit) => {
    const sale = lowestSale.get(hit.id)
    if (sale === undefined || (hit.price !== null && sale >= hit.price)) return { ...hit, regular_price: null }
    return { ...hit, price: sale, regular_price: hit.price }
  })
}
