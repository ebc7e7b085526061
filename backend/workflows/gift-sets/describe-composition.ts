import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { splitProportionally } from "../../lib/money/split"
import { readKitCompositions } from "./read-kit-compositions"
import { PRICE_ROW_FIELDS, regularKrwPrices } from "../../lib/money/regular-price"

type Query = Omit<RemoteQueryFunction, symbol>

export type CompositionView = {
  variant_id: string
  sku: string | null
  title: string
  price: number | null
  /** Quantity-break prices (min_quantity ascending), the base price excluded. */
  tiers: { min_quantity: number; amount: number }[]
  /** Present only for kits (gift sets, packs): what one unit contains. */
  components: {
    /** The plain variant whose stock this component uses (what the composition editor saves). */
    variant_id: string | null
    quantity: number
    product_handle: string
    product_title: string
    variant_title: string
    unit_price: number
    maker: { handle: string; name: string } | null
  }[]
  /** How one set's price would be shared by makers, in whole won (kits of several makers). */
  maker_split: { maker_handle: string; maker_name: string; amount: number }[]
}

type VariantRow = {
  id: string
  sku: string | null
  title: string
  prices?: { amount: number; currency_code: string; min_quantity: number | null; price_list_id?: string | null }[]
}

/** The composition, tiers and maker split of each variant of the given products. */
export async function describeCompositions(query: Query, variantFilter: { product_id?: string; id?: string }) {
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "title", ...PRICE_ROW_FIELDS.map((f) => `prices.${f}`)],
    filters: variantFilter,
  })
  const variants = data as unknown as VariantRow[]
  const compositions = await readKitCompositions(query, variants.map((v) => v.id))

  return variants.map((v): CompositionView => {
    const krw = regularKrwPrices(v.prices)
    const price = krw.find((p) => p.min_quantity == null)?.amount ?? null
    const tiers = krw
      .filter((p) => p.min_quantity != null && p.min_quantity > 1)
      .map((p) => ({ min_quantity: p.min_quantity!, amount: p.amount }))
      .sort((a, b) => a.min_quantity - b.min_quantity)
    const parts = compositions.get(v.id) ?? []
    // a plain variant is "made of" its own single inventory item: no composition to show
    const isKit = parts.length > 1 || parts.some((p) => p.unit?.variant_id !== v.id)
    const components = isKit
      ? parts.map((p) => ({
          variant_id: p.unit?.variant_id ?? null,
          quantity: p.required_quantity,
          product_handle: p.unit?.product_handle ?? "",
          product_title: p.unit?.product_title ?? "",
          variant_title: p.unit?.variant_title ?? "",
          unit_price: p.unit?.unit_price ?? 0,
          maker: p.unit?.maker ? { handle: p.unit.maker.handle, name: p.unit.maker.name } : null,
        }))
      : []
    const makers = new Map(components.filter((c) => c.maker).map((c) => [c.maker!.handle, c.maker!.name]))
    const maker_split =
      price !== null && makers.size > 1
        ? [...splitProportionally(price, components.filter((c) => c.maker).map((c) => ({ key: c.maker!.handle, weight: c.unit_price * c.quantity })))]
            .map(([maker_handle, amount]) => ({ maker_handle, maker_name: makers.get(maker_handle)!, amount }))
        : []
    return { variant_id: v.id, sku: v.sku, title: v.title, price, tiers, components, maker_split }
  })
}
