import { wholeWonShares } from "../../lib/money/whole-won-shares"
import { toWon, type AmountLike } from "../../lib/money/won"
import type { DiscountBearer } from "./types"

export type OrderLineForCampaign = {
  id: string
  product_id?: string | null
  variant_id?: string | null
  product_title?: string | null
  title: string
  quantity: AmountLike
  unit_price: AmountLike
  total: AmountLike
}

/** A campaign's price for one variant, read from its Medusa price list, and the variant's regular price. */
export type CampaignVariantPrice = {
  campaign_id: string
  maker_id: string
  discount_bearer: DiscountBearer
  starts_at: Date
  ends_at: Date
  sale_price: number
  regular_price: number
}

export type CampaignSaleRow = {
  line_item_id: string
  order_id: string
  campaign_id: string
  maker_id: string
  product_id: string
  variant_id: string | null
  product_title: string
  quantity: number
  regular_unit_price: number
  sale_unit_price: number
  line_total: number
  discount_bearer: DiscountBearer
  placed_at: Date
}

/**
 * The lines of an order that were bought at a campaign price: the line's unit price is the
 * campaign's price for its variant and the order was placed inside the campaign's window.
 * `line_total` is the line's whole-won share of the order's item total, as the maker
 * attribution counts it, so campaign results reconcile with the orders to the won.
 */
export function buildCampaignSales(
  order: { id: string; created_at: string | Date; items: OrderLineForCampaign[] },
  pricesOfVariant: (variantId: string) => CampaignVariantPrice[]
): CampaignSaleRow[] {
  const placed = new Date(order.created_at)
  const totals = wholeWonShares(order.items.map((item) => ({ key: item.id, amount: item.total })))
  return order.items.flatMap((item) => {
    if (!item.variant_id || !item.product_id) return []
    const unit = toWon(item.unit_price, "주문 상품 단가")
    const match = pricesOfVariant(item.variant_id).find(
      (p) => p.sale_price === unit && p.starts_at.getTime() <= placed.getTime() && placed.getTime() < p.ends_at.getTime()
    )
    if (!match) return []
    return [
      {
        line_item_id: item.id,
        order_id: order.id,
        campaign_id: match.campaign_id,
        maker_id: match.maker_id,
        product_id: item.product_id,
        variant_id: item.variant_id,
        product_title: item.product_title ?? item.title,
        quantity: toWon(item.quantity, "수량"),
        regular_unit_price: match.regular_price,
        sale_unit_price: match.sale_price,
        line_total: totals.get(item.id)!,
        discount_bearer: match.discount_bearer,
        placed_at: placed,
      },
    ]
  })
}
