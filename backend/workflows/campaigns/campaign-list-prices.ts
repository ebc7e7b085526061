import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The KRW prices of Medusa price lists, keyed `price_list_id:price_set_id`. */
export async function campaignListPrices(container: MedusaContainer, priceListIds: string[]): Promise<Map<string, number>> {
  const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
  const out = new Map<string, number>()
  for (const listId of new Set(priceListIds)) {
    const prices = await pricing.listPrices({ price_list_id: [listId] }, { select: ["amount", "currency_code", "price_set_id"], take: null })
    for (const p of prices) if (p.currency_code === "krw") out.set(`${listId}:${p.price_set_id}`, Number(p.amount))
  }
  return out
}
