import { requireWon, type AmountLike } from "../money/won"

/**
 * 업체별 배송: every maker ships its own parcel. A maker's fee is its base fee, waived once the
 * items of that maker in the cart reach its free-shipping threshold. Amounts are whole won, VAT
 * included, like every price in the shop.
 */

/** The store's policy, used for products without a maker and as the default of a new maker. */
export const DEFAULT_SHIPPING_POLICY = { base_fee: 3000, free_shipping_threshold: 30000 } as const

export type ShippingMaker = { id: string; handle: string; name: string }

/** What decides the fee of a product's parcel: who ships it and on which terms. */
export type ProductShippingPolicy = {
  maker: ShippingMaker | null
  base_fee: number
  /** null = the fee is never waived */
  free_shipping_threshold: number | null
}

export type ShippingLine = {
  id?: string
  product_id?: string | null
  unit_price: AmountLike
  quantity: AmountLike
}

export type MakerShippingGroup = {
  maker: ShippingMaker | null
  line_item_ids: string[]
  item_subtotal: number
  shipping_fee: number
  base_fee: number
  free_shipping_threshold: number | null
  /** won still to add for free shipping; 0 when already free or when it never will be */
  remaining_for_free_shipping: number
}

export type MakerShipping = { maker_groups: MakerShippingGroup[]; shipping_total: number }

/** product_id → its shipping policy; a plain object so it travels through workflow contexts. */
export type ProductShippingPolicies = Record<string, ProductShippingPolicy>

const NO_MAKER: ProductShippingPolicy = { maker: null, ...DEFAULT_SHIPPING_POLICY }

/** The fee of one parcel holding `subtotal` won of a maker's items. */
export function parcelFee(subtotal: number, base_fee: number, threshold: number | null): number {
  if (subtotal <= 0) return 0
  return threshold !== null && subtotal >= threshold ? 0 : base_fee
}

/**
 * Groups cart lines by the maker that ships them (in order of first appearance) and prices each
 * parcel. Lines whose product has no maker (or no known policy) share one parcel on the store's
 * default policy.
 */
export function computeMakerShipping(
  lines: ShippingLine[],
  policies: ProductShippingPolicies
): MakerShipping {
  const policyOf = (productId: string | null | undefined) =>
    productId && Object.prototype.hasOwnProperty.call(policies, productId) ? policies[productId] : undefined
  const groups = new Map<string, { policy: ProductShippingPolicy; ids: string[]; subtotal: number }>()
  for (const line of lines) {
    const policy = policyOf(line.product_id) ?? NO_MAKER
    const key = policy.maker?.id ?? ""
    const group = groups.get(key) ?? { policy, ids: [], subtotal: 0 }
    group.subtotal += requireWon(line.unit_price) * requireWon(line.quantity)
    if (line.id) group.ids.push(line.id)
    groups.set(key, group)
  }

  const maker_groups = [...groups.values()].map(({ policy, ids, subtotal }): MakerShippingGroup => {
    const shipping_fee = parcelFee(subtotal, policy.base_fee, policy.free_shipping_threshold)
    const remaining =
      shipping_fee > 0 && policy.free_shipping_threshold !== null ? policy.free_shipping_threshold - subtotal : 0
    return {
      maker: policy.maker,
      line_item_ids: ids,
      item_subtotal: subtotal,
      shipping_fee,
      base_fee: policy.base_fee,
      free_shipping_threshold: policy.free_shipping_threshold,
      remaining_for_free_shipping: remaining,
    }
  })
  return { maker_groups, shipping_total: maker_groups.reduce((sum, g) => sum + g.shipping_fee, 0) }
}
