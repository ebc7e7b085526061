import { splitProportionally } from "../money/split"
import { toWon, type AmountLike } from "../money/won"
import { readMakerShipping } from "./order-metadata"

/** The attribution id of products without a maker (workflows/attribution UNASSIGNED_MAKER). */
const NO_MAKER = "unassigned"

/**
 * Each maker's parcel fee as the customer paid it: `metadata.maker_shipping`'s fees, or — when a
 * promotion lowered the order's shipping total — that total spread over the fees in proportion
 * (largest remainder), as the 구매확인서 prints them. They add up to the order's shipping total,
 * so refunding every fee refunds exactly what was charged for shipping. Makers with no fee are
 * left out.
 */
export function chargedShippingFees(metadata: Record<string, unknown> | null | undefined, shippingTotal: AmountLike) {
  const total = toWon(shippingTotal)
  const shipping = readMakerShipping(metadata)
  const paying = (shipping?.groups ?? []).filter((g) => g.shipping_fee > 0)
  if (!paying.length || total <= 0) return []
  const sum = paying.reduce((s, g) => s + g.shipping_fee, 0)
  const fees =
    sum === total
      ? new Map(paying.map((g) => [g.maker_id || NO_MAKER, g.shipping_fee]))
      : splitProportionally(total, paying.map((g) => ({ key: g.maker_id || NO_MAKER, weight: g.shipping_fee })))
  return [...fees.entries()].filter(([, fee]) => fee > 0).map(([maker_id, fee]) => ({ maker_id, fee }))
}
