import { toWon, type AmountLike } from "../money/won"

/**
 * What the customer sees per line: price × quantity, before discounts (VAT included), and their
 * sum as 상품금액. Discounts are shown once, as the order's discount_total, because Medusa spreads
 * an order-level code over the lines in fractions of a won. So 상품금액 + 배송비 − 할인 = 결제금액.
 */
export function linePriceTotals(items: { id: string; unit_price: AmountLike; quantity: AmountLike }[] | null | undefined) {
  const totals = new Map((items ?? []).map((item) => [item.id, toWon(item.unit_price) * toWon(item.quantity)]))
  return { totals, item_total: [...totals.values()].reduce((s, v) => s + v, 0) }
}
