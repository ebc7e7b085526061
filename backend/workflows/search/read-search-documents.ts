import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { QueryContext } from "@medusajs/framework/utils"
import type { SearchDocument } from "../../modules/search/types"

type Query = Omit<RemoteQueryFunction, symbol>

type VariantRow = {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  calculated_price?: { calculated_amount?: number | null; original_amount?: number | null } | null
  prices?: { amount: number; currency_code: string; min_quantity: number | null }[] | null
  inventory_items?: {
    required_quantity: number
    inventory?: { location_levels?: { stocked_quantity: number; reserved_quantity: number }[] | null } | null
  }[] | null
}

type ProductRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  status: string
  created_at: string | Date
  tags?: { value: string }[] | null
  categories?: { handle: string; name: string }[] | null
  sales_channels?: { id: string }[] | null
  maker?: { handle: string; name: string; region: string; status?: string; certifications?: { name: string }[] | null } | null
  joint_brand?: { handle: string; name: string } | null
  variants?: VariantRow[] | null
}

export const PRODUCT_SEARCH_FIELDS = [
  "id", "handle", "title", "subtitle", "description", "thumbnail", "status", "created_at",
  "tags.value", "categories.handle", "categories.name", "sales_channels.id",
  "maker.handle", "maker.name", "maker.region", "maker.status", "maker.certifications.name",
  "joint_brand.handle", "joint_brand.name",
  "variants.manage_inventory", "variants.allow_backorder",
  "variants.prices.amount", "variants.prices.currency_code", "variants.prices.min_quantity",
  "variants.calculated_price.calculated_amount", "variants.calculated_price.original_amount",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/**
 * What one unit costs outside any 특판전: the calculated KRW price before a sale price list
 * (`original_amount`), else the base price. The index is not re-written at every campaign window
 * boundary, so it keeps the regular price; the search route lays a live campaign's price over it
 * per request (workflows/campaigns/live-hit-prices.ts).
 */
function priceOf(v: VariantRow): number | null {
  const calculated = v.calculated_price?.original_amount ?? v.calculated_price?.calculated_amount
  if (typeof calculated === "number") return Math.round(calculated)
  const base = v.prices?.find((p) => p.currency_code === "krw" && (p.min_quantity === null || p.min_quantity === undefined))
  return base ? Math.round(Number(base.amount)) : null
}

/** A variant can be bought now: no stock kept, backorders allowed, or every kit part in stock. */
function inStock(v: VariantRow): boolean {
  if (!v.manage_inventory || v.allow_backorder) return true
  const items = v.inventory_items ?? []
  if (!items.length) return false
  return items.every((item) => {
    const available = (item.inventory?.location_levels ?? []).reduce(
      (sum, l) => sum + Number(l.stocked_quantity) - Number(l.reserved_quantity),
      0
    )
    return available >= (item.required_quantity || 1)
  })
}

export function toSearchDocument(p: ProductRow): SearchDocument {
  const prices = (p.variants ?? []).map(priceOf).filter((x): x is number => x !== null)
  const maker = p.maker && p.maker.status !== "suspended" ? p.maker : null
  const categories = p.categories ?? []
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    subtitle: p.subtitle || null,
    description: p.description ?? "",
    thumbnail: p.thumbnail || null,
    // A suspended maker's products are not for sale, so they are not found either.
    status: p.maker?.status === "suspended" ? "maker_suspended" : p.status,
    sales_channel_ids: (p.sales_channels ?? []).map((s) => s.id),
    maker_handle: maker?.handle ?? null,
    maker_name: maker?.name ?? null,
    region: maker?.region ?? null,
    brand_handle: p.joint_brand?.handle ?? null,
    brand_name: p.joint_brand?.name ?? null,
    category_handles: categories.map((c) => c.handle),
    category_names: categories.map((c) => c.name),
    tags: (p.tags ?? []).map((t) => t.value),
    certifications: [...new Set((maker?.certifications ?? []).map((c) => c.name))],
    price: prices.length ? Math.min(...prices) : null,
    in_stock: (p.variants ?? []).some(inStock),
    product_created_at: new Date(p.created_at).toISOString(),
  }
}

/**
 * Search documents of these products as they are now; ids that no longer exist come back in
 * `missing` (their documents are to be removed).
 */
export async function readSearchDocuments(query: Query, productIds: string[]): Promise<{ documents: SearchDocument[]; missing: string[] }> {
  if (!productIds.length) return { documents: [], missing: [] }
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "krw" } })
  const priceContext = regions[0] ? { currency_code: "krw", region_id: regions[0].id } : { currency_code: "krw" }
  const { data } = await query.graph({
    entity: "product",
    fields: PRODUCT_SEARCH_FIELDS,
    filters: { id: productIds },
    context: { variants: { calculated_price: QueryContext(priceContext) } },
  })
  const documents = (data as unknown as ProductRow[]).map(toSearchDocument)
  const found = new Set(documents.map((d) => d.id))
  return { documents, missing: productIds.filter((id) => !found.has(id)) }
}

export type SearchSyncTargets = {
  product_ids?: string[]
  variant_ids?: string[]
  inventory_level_ids?: string[]
  inventory_item_ids?: string[]
  maker_ids?: string[]
  brand_ids?: string[]
}

/** The products whose documents a change touches (a variant's product, a maker's products …). */
export async function resolveProductIds(query: Query, targets: SearchSyncTargets): Promise<string[]> {
  const ids = new Set(targets.product_ids ?? [])
  const add = (rows: unknown[], pick: (row: Record<string, unknown>) => unknown) => {
    for (const row of rows) for (const id of [pick(row as Record<string, unknown>)].flat()) if (typeof id === "string") ids.add(id)
  }
  if (targets.variant_ids?.length) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: targets.variant_ids } })
    add(data, (v) => v.product_id)
  }
  const itemIds = [...(targets.inventory_item_ids ?? [])]
  if (targets.inventory_level_ids?.length) {
    const { data } = await query.graph({ entity: "inventory_level", fields: ["inventory_item_id"], filters: { id: targets.inventory_level_ids } })
    itemIds.push(...data.map((l) => (l as { inventory_item_id: string }).inventory_item_id))
  }
  if (itemIds.length) {
    const { data } = await query.graph({ entity: "inventory_item", fields: ["variants.product_id"], filters: { id: itemIds } })
    add(data, (i) => ((i.variants ?? []) as { product_id: string }[]).map((v) => v.product_id))
  }
  if (targets.maker_ids?.length) {
    const { data } = await query.graph({ entity: "maker", fields: ["products.id"], filters: { id: targets.maker_ids } })
    add(data, (m) => ((m.products ?? []) as { id: string }[]).map((p) => p.id))
  }
  if (targets.brand_ids?.length) {
    const { data } = await query.graph({ entity: "joint_brand", fields: ["products.id"], filters: { id: targets.brand_ids } })
    add(data, (b) => ((b.products ?? []) as { id: string }[]).map((p) => p.id))
  }
  return [...ids]
}
