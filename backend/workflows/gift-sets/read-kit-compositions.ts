import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { baseKrwPrice, PRICE_ROW_FIELDS } from "../../lib/money/regular-price"

type Query = Omit<RemoteQueryFunction, symbol>

export type ComponentMaker = { id: string; handle: string; name: string; business_registration_number?: string | null }

/** The plain variant that sells one inventory item on its own, and what one unit is worth. */
export type ComponentUnit = {
  variant_id: string
  product_id: string
  product_handle: string
  product_title: string
  variant_title: string
  sku: string | null
  /** Standalone price of ONE inventory unit in won (may be fractional: 5,500원 / 16봉). */
  unit_price: number
  maker: ComponentMaker | null
}

export type KitComponent = { inventory_item_id: string; required_quantity: number; unit: ComponentUnit | null }

type VariantRow = {
  id: string
  product_id: string
  title: string
  sku: string | null
  prices?: { amount: number; currency_code: string; min_quantity: number | null; price_list_id?: string | null }[]
  inventory_items?: { inventory_item_id: string; required_quantity: number }[]
  product?: { handle: string; title: string; maker?: ComponentMaker | null }
}

const basePrice = (v: VariantRow) => baseKrwPrice(v.prices)

/**
 * What each variant is made of, read from Medusa's inventory kits: its inventory items with the
 * required quantities, and for each item the plain variant that sells it alone (the one needing
 * the fewest units of it), whose price and maker value the component.
 */
export async function readKitCompositions(query: Query, variantIds: string[]): Promise<Map<string, KitComponent[]>> {
  const result = new Map<string, KitComponent[]>()
  if (!variantIds.length) return result
  const { data: kits } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
    filters: { id: variantIds },
  })
  const itemIds = [...new Set((kits as VariantRow[]).flatMap((v) => (v.inventory_items ?? []).map((i) => i.inventory_item_id)))]
  if (!itemIds.length) return result

  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "variant_link.variant_id"],
    filters: { id: itemIds },
  })
  const candidateIds = [...new Set(items.flatMap((i) => ((i.variant_link ?? []) as { variant_id: string }[]).map((l) => l.variant_id)))]
  const { data: candidates } = await query.graph({
    entity: "product_variant",
    fields: [
      "id", "product_id", "title", "sku", ...PRICE_ROW_FIELDS.map((f) => `prices.${f}`),
      "inventory_items.inventory_item_id", "inventory_items.required_quantity",
      "product.handle", "product.title",
      "product.maker.id", "product.maker.handle", "product.maker.name", "product.maker.business_registration_number",
    ],
    filters: { id: candidateIds },
  })

  const unitOfItem = new Map<string, ComponentUnit>()
  for (const itemId of itemIds) {
    const sellers = (candidates as VariantRow[])
      .filter((v) => v.inventory_items?.length === 1 && v.inventory_items[0].inventory_item_id === itemId && basePrice(v) !== undefined)
      .sort((a, b) => a.inventory_items![0].required_quantity - b.inventory_items![0].required_quantity || String(a.sku).localeCompare(String(b.sku)))
    const seller = sellers[0]
    if (!seller) continue
    unitOfItem.set(itemId, {
      variant_id: seller.id,
      product_id: seller.product_id,
      product_handle: seller.product?.handle ?? "",
      product_title: seller.product?.title ?? "",
      variant_title: seller.title,
      sku: seller.sku,
      unit_price: basePrice(seller)! / seller.inventory_items![0].required_quantity,
      maker: seller.product?.maker ?? null,
    })
  }

  for (const kit of kits as VariantRow[]) {
    result.set(
      kit.id,
      (kit.inventory_items ?? []).map((i) => ({
        inventory_item_id: i.inventory_item_id,
        required_quantity: i.required_quantity,
        unit: unitOfItem.get(i.inventory_item_id) ?? null,
      }))
    )
  }
  return result
}
