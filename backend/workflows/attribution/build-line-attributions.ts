import { splitProportionally } from "../../lib/money/split"
import { wholeWonShares } from "../../lib/money/whole-won-shares"
import { toWon, type AmountLike } from "../../lib/money/won"

export type OrderForAttribution = {
  id: string
  display_id?: number | null
  created_at: string | Date
  currency_code: string
  items: {
    id: string
    product_id?: string | null
    variant_id?: string | null
    product_title?: string | null
    title: string
    quantity: AmountLike
    total: AmountLike
  }[]
}

export type MakerSnapshot = {
  id: string
  handle: string
  name: string
  business_registration_number?: string | null
}

/** Stands in for a product that has no maker, so its revenue still shows up in the report. */
export const UNASSIGNED_MAKER: MakerSnapshot = { id: "unassigned", handle: "unassigned", name: "만든 곳 미지정" }

export type LineAttributionRow = {
  order_id: string
  order_display_id: number | null
  line_item_id: string
  product_id: string | null
  variant_id: string | null
  product_title: string
  maker_id: string
  maker_handle: string
  maker_name: string
  maker_business_registration_number: string | null
  quantity: number
  amount: number
  currency_code: string
  placed_at: Date
}

/** A component of a kit variant (gift set): its maker and its standalone value in the set. */
export type ComponentShare = { maker: MakerSnapshot; weight: number }

/**
 * One row per order line, carrying the line total (VAT included, after discounts, in whole won
 * adding up to the order's item total) to the product's maker; a gift
 * set made by several makers is split over its component makers in proportion to the
 * components' standalone value (price × quantity), in whole won summing to the line total.
 * Every row of a line carries the line's quantity (the sets sold).
 */
export function buildLineAttributions(
  order: OrderForAttribution,
  makerOfProduct: (productId: string | null | undefined) => MakerSnapshot | undefined,
  componentsOfVariant: (variantId: string | null | undefined) => ComponentShare[] | undefined = () => undefined
): LineAttributionRow[] {
  const lineTotals = wholeWonShares(order.items.map((item) => ({ key: item.id, amount: item.total })))
  return order.items.flatMap((item) => {
    const base = {
      order_id: order.id,
      order_display_id: order.display_id ?? null,
      line_item_id: item.id,
      product_id: item.product_id ?? null,
      variant_id: item.variant_id ?? null,
      product_title: item.product_title ?? item.title,
      quantity: toWon(item.quantity),
      currency_code: order.currency_code,
      placed_at: new Date(order.created_at),
    }
    const total = lineTotals.get(item.id)!
    const row = (maker: MakerSnapshot, amount: number): LineAttributionRow => ({
      ...base,
      maker_id: maker.id,
      maker_handle: maker.handle,
      maker_name: maker.name,
      maker_business_registration_number: maker.business_registration_number ?? null,
      amount,
    })

    const components = componentsOfVariant(item.variant_id) ?? []
    const makers = new Map(components.map((c) => [c.maker.id, c.maker]))
    if (makers.size < 2) {
      const maker = components[0]?.maker ?? makerOfProduct(item.product_id) ?? UNASSIGNED_MAKER
      return [row(maker, total)]
    }
    const shares = splitProportionally(total, components.map((c) => ({ key: c.maker.id, weight: c.weight })))
    return [...shares.entries()].map(([makerId, amount]) => row(makers.get(makerId)!, amount))
  })
}
