import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICE_ROW_FIELDS, regularKrwPrices } from "../../../lib/money/regular-price"
import type { SellerTier } from "../prices"

export const readSellerVariantStepId = "read-seller-variant"

export type SellerVariantState = { id: string; price: number | null; tiers: SellerTier[]; inventory_item_id: string | null; stock: number | null }

/**
 * A variant's current won price, tiers, inventory item and stock at the shop's location (to keep
 * what an edit leaves out, and for the change log's "old"). Reads only.
 */
export const readSellerVariantStep = createStep(readSellerVariantStepId, async (input: { variant_id: string; stock_location_id?: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", ...PRICE_ROW_FIELDS.map((f) => `prices.${f}`), "inventory_items.inventory_item_id",
      "inventory_items.inventory.location_levels.stocked_quantity", "inventory_items.inventory.location_levels.location_id"],
    filters: { id: input.variant_id },
  })
  type Level = { stocked_quantity: number; location_id: string }
  const v = data[0] as {
    id: string
    prices?: { amount: number; currency_code: string; min_quantity: number | null; price_list_id?: string | null }[]
    inventory_items?: { inventory_item_id: string; inventory?: { location_levels?: Level[] } }[]
  }
  const level = v.inventory_items?.[0]?.inventory?.location_levels?.find((l) => l.location_id === input.stock_location_id)
  // the 정가 the seller edits, not a live 특판전 price of the same price set
  const krw = regularKrwPrices(v.prices)
  return new StepResponse<SellerVariantState>({
    id: v.id,
    price: krw.find((p) => !p.min_quantity || p.min_quantity <= 1)?.amount ?? null,
    tiers: krw.filter((p) => (p.min_quantity ?? 0) > 1).map((p) => ({ min_quantity: p.min_quantity as number, price: Number(p.amount) })),
    inventory_item_id: v.inventory_items?.[0]?.inventory_item_id ?? null,
    stock: level ? Number(level.stocked_quantity) : null,
  })
})
