import type { HttpTypes } from "@medusajs/types"
import type { MakerGroup, MakerGroups, ShopCart } from "@/lib/data/cart"

export type CartLine = HttpTypes.StoreCartLineItem

/** A maker's parcel with its lines; fees are null when the per-maker rules could not be read. */
export type LineGroup = {
  key: string
  maker: MakerGroup["maker"]
  lines: CartLine[]
  itemSubtotal: number
  shippingFee: number | null
  remainingForFreeShipping: number
}

/**
 * The cart's lines in the maker groups the server made (GET …/maker-groups). A line the
 * server did not place (a race with an edit) still shows, in a group of its own without a fee,
 * so nothing in the cart is ever hidden.
 */
export function groupCartLines(cart: ShopCart, groups: MakerGroups | null): LineGroup[] {
  const lines = cart.items ?? []
  const byId = new Map(lines.map((line) => [line.id, line]))
  const placed = new Set<string>()
  const result: LineGroup[] = (groups?.maker_groups ?? []).flatMap((group, index) => {
    const members = group.line_item_ids.flatMap((id) => {
      const line = byId.get(id)
      if (!line) return []
      placed.add(id)
      return [line]
    })
    if (members.length === 0) return []
    return [
      {
        key: group.maker?.id ?? `unassigned-${index}`,
        maker: group.maker,
        lines: members,
        itemSubtotal: group.item_subtotal,
        shippingFee: group.shipping_fee,
        remainingForFreeShipping: group.remaining_for_free_shipping,
      },
    ]
  })
  const rest = lines.filter((line) => !placed.has(line.id))
  if (rest.length > 0) {
    result.push({
      key: "rest",
      maker: null,
      lines: rest,
      itemSubtotal: rest.reduce((sum, line) => sum + (line.original_total ?? line.unit_price * line.quantity), 0),
      shippingFee: null,
      remainingForFreeShipping: 0,
    })
  }
  return result
}

export type CartTotals = {
  /** 상품금액: the lines before discounts (VAT included, as prices are) */
  items: number
  /** 할인: what promotions take off the lines */
  discount: number
  /** 배송비: the cart's shipping method, or the per-maker estimate before one is chosen */
  shipping: number
  /** 결제 예정 금액 */
  total: number
}

/** The order summary, from Medusa's own totals (and the server's per-maker shipping estimate). */
export function cartTotals(cart: ShopCart, estimatedShipping: number | null): CartTotals {
  const items = cart.original_item_total ?? 0
  const discount = Math.max(0, items - (cart.item_total ?? 0))
  const hasShippingMethod = (cart.shipping_methods?.length ?? 0) > 0
  const shipping = hasShippingMethod ? (cart.shipping_total ?? 0) : (estimatedShipping ?? 0)
  const total = hasShippingMethod ? (cart.total ?? 0) : (cart.item_total ?? 0) + shipping
  return { items, discount, shipping, total }
}
