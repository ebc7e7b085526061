import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { ProductShippingPolicies, ShippingLine } from "../../lib/shipping/per-maker-fee"

type Query = Omit<RemoteQueryFunction, symbol>

type ProductRow = {
  id: string
  maker?: {
    id: string
    handle: string
    name: string
    shipping_base_fee: number
    free_shipping_threshold: number | null
  } | null
}

/**
 * The shipping policy of each product's maker (a gift set's maker is its assembler, who ships
 * it). Products without a maker are left out: they ship on the store's default policy.
 */
export async function loadShippingPolicies(query: Query, productIds: (string | null | undefined)[]): Promise<ProductShippingPolicies> {
  const ids = [...new Set(productIds.filter((id): id is string => !!id))]
  if (!ids.length) return {}
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "maker.id", "maker.handle", "maker.name", "maker.shipping_base_fee", "maker.free_shipping_threshold"],
    filters: { id: ids },
  })
  const policies: ProductShippingPolicies = {}
  for (const { id, maker } of data as unknown as ProductRow[]) {
    if (!maker) continue
    policies[id] = {
      maker: { id: maker.id, handle: maker.handle, name: maker.name },
      base_fee: maker.shipping_base_fee,
      free_shipping_threshold: maker.free_shipping_threshold,
    }
  }
  return policies
}

export type CartShippingLines = { id: string; lines: (ShippingLine & { id: string })[] }

/** A cart's lines as the fee calculation reads them, or null for an unknown cart. */
export async function loadCartShippingLines(query: Query, cartId: string): Promise<CartShippingLines | null> {
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id", "items.product_id", "items.unit_price", "items.quantity", "items.created_at"],
    filters: { id: cartId },
  })
  const cart = data[0] as unknown as
    | { id: string; items?: ({ id: string; product_id: string | null; unit_price: number; quantity: number; created_at: string | Date } | null)[] }
    | undefined
  if (!cart) return null
  // The order lines were added in, so groups appear in the order the customer filled the cart.
  const items = (cart.items ?? [])
    .filter((i): i is NonNullable<typeof i> => !!i)
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  return { id: cart.id, lines: items.map(({ id, product_id, unit_price, quantity }) => ({ id, product_id, unit_price, quantity })) }
}
