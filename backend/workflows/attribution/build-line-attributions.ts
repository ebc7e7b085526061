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

/** One row per order line, carrying the line total (VAT included) to the product's maker. */
export function buildLineAttributions(
  order: OrderForAttribution,
  makerOfProduct: (productId: string | null | undefined) => MakerSnapshot | undefined
): LineAttributionRow[] {
  return order.items.map((item) => {
    const maker = makerOfProduct(item.product_id) ?? UNASSIGNED_MAKER
    return {
      order_id: order.id,
      order_display_id: order.display_id ?? null,
      line_item_id: item.id,
      product_id: item.product_id ?? null,
      variant_id: item.variant_id ?? null,
      product_title: item.product_title ?? item.title,
      maker_id: maker.id,
      maker_handle: maker.handle,
      maker_name: maker.name,
      maker_business_registration_number: maker.business_registration_number ?? null,
      quantity: toWon(item.quantity),
      amount: toWon(item.total),
      currency_code: order.currency_code,
      placed_at: new Date(order.created_at),
    }
  })
}
