import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import * as Tags from "../../lib/storefront/cache-tags"

type Query = Omit<RemoteQueryFunction, symbol>

/** What changed, as the events name it; each kind maps to the storefront reads it makes stale. */
export type RevalidationTargets = {
  /** products edited as a whole (title, status, categories, maker): also every product list */
  product_ids?: string[]
  /** a variant or its price */
  variant_ids?: string[]
  /** stock: levels, items, reservations (an order placed or canceled) */
  inventory_level_ids?: string[]
  inventory_item_ids?: string[]
  reservation_ids?: string[]
  maker_ids?: string[]
  brand_ids?: string[]
  /** tags that need no lookup (a campaign, the categories) */
  tags?: string[]
}

const PRODUCT_FIELDS = ["id", "handle", "categories.id", "categories.mpath", "collection_id", "maker.handle", "joint_brand.handle"]

const ids = (rows: unknown[], pick: (row: Record<string, unknown>) => unknown): string[] =>
  rows.flatMap((row) => [pick(row as Record<string, unknown>)].flat()).filter((id): id is string => typeof id === "string")

/** The tags of these products; a product that no longer exists makes every product read stale. */
async function tagsOfProducts(query: Query, productIds: string[], out: Set<string>) {
  if (!productIds.length) return
  const { data } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: productIds } })
  const products = data as unknown as Tags.TaggedProduct[]
  for (const product of products) for (const tag of Tags.productTags(product)) out.add(tag)
  if (products.length < new Set(productIds).size) out.add(Tags.PRODUCTS)
}

/** The products whose stock these inventory items make up (a gift set's or pack's too). */
async function productsOfStock(query: Query, container: MedusaContainer, targets: RevalidationTargets): Promise<string[]> {
  const itemIds = [...(targets.inventory_item_ids ?? [])]
  if (targets.inventory_level_ids?.length) {
    const { data } = await query.graph({ entity: "inventory_level", fields: ["inventory_item_id"], filters: { id: targets.inventory_level_ids }, withDeleted: true })
    itemIds.push(...ids(data, (l) => l.inventory_item_id))
  }
  if (targets.reservation_ids?.length) {
    // a released reservation is soft-deleted by then: read it with the deleted ones
    const inventory = container.resolve(Modules.INVENTORY)
    const reservations = await inventory.listReservationItems({ id: targets.reservation_ids }, { select: ["inventory_item_id"], withDeleted: true })
    itemIds.push(...reservations.map((r) => r.inventory_item_id))
  }
  if (!itemIds.length) return []
  const { data } = await query.graph({ entity: "inventory_item", fields: ["variants.product_id"], filters: { id: [...new Set(itemIds)] } })
  return ids(data, (i) => ((i.variants ?? []) as { product_id: string }[]).map((v) => v.product_id))
}

/** Every cache tag the storefront must revalidate for this change (read only). */
export async function revalidationTags(query: Query, container: MedusaContainer, targets: RevalidationTargets): Promise<string[]> {
  const out = new Set(targets.tags ?? [])
  const productIds = new Set<string>()

  if (targets.product_ids?.length) {
    // an edit can move a product into or out of any list (its old category is not known any more)
    out.add(Tags.PRODUCT_LISTS)
    targets.product_ids.forEach((id) => productIds.add(id))
  }
  if (targets.variant_ids?.length) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: targets.variant_ids }, withDeleted: true })
    ids(data, (v) => v.product_id).forEach((id) => productIds.add(id))
    if (!data.length) out.add(Tags.PRODUCTS)
  }
  for (const id of await productsOfStock(query, container, targets)) productIds.add(id)

  if (targets.maker_ids?.length) {
    // a maker's name and region show on its page, the maker list, its brands' pages and its product cards
    out.add(Tags.MAKERS).add(Tags.BRANDS)
    const { data } = await query.graph({ entity: "maker", fields: ["handle", "brands.handle", "products.id"], filters: { id: targets.maker_ids }, withDeleted: true })
    ids(data, (m) => m.handle).forEach((handle) => out.add(Tags.makerTag(handle)))
    ids(data, (m) => ((m.brands ?? []) as { handle: string }[]).map((b) => b.handle)).forEach((handle) => out.add(Tags.brandTag(handle)))
    ids(data, (m) => ((m.products ?? []) as { id: string }[]).map((p) => p.id)).forEach((id) => productIds.add(id))
  }
  if (targets.brand_ids?.length) {
    // a brand shows on its page, the brand list, its members' pages and its product cards
    out.add(Tags.BRANDS)
    const { data } = await query.graph({ entity: "joint_brand", fields: ["handle", "members.handle", "products.id"], filters: { id: targets.brand_ids }, withDeleted: true })
    ids(data, (b) => b.handle).forEach((handle) => out.add(Tags.brandTag(handle)))
    ids(data, (b) => ((b.members ?? []) as { handle: string }[]).map((m) => m.handle)).forEach((handle) => out.add(Tags.makerTag(handle)))
    ids(data, (b) => ((b.products ?? []) as { id: string }[]).map((p) => p.id)).forEach((id) => productIds.add(id))
  }

  await tagsOfProducts(query, [...productIds], out)
  return [...out]
}
