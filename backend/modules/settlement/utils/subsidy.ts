/**
 * 특판 할인 보전 (campaign subsidy): a 특판전 line whose discount the center bears earns the maker
 * the part of the discount that is not the maker's, in whole won:
 *
 *   full = (regular_unit_price − sale_unit_price) × quantity          for `center`
 *          floor(full × (100 − maker_share_percent) / 100)             for `split`
 *          0                                                           for `maker`
 *
 * It counts like the line's sale (at 구매확정) and carries no fee. Refunds follow the fee rule's
 * shape, cumulatively per line × maker: the subsidy of a remaining net is
 * `floor(full × net / original line amount)`, and each refund gives back
 * `subsidy_of(net before) − subsidy_of(net after)`, so however a line is cut up its subsidy lines
 * add up to exactly `subsidy_of(final net)`.
 */
export type DiscountBearer = "maker" | "center" | "split"

export function campaignSubsidy(input: {
  regular_unit_price: number
  sale_unit_price: number
  quantity: number
  discount_bearer: DiscountBearer
  maker_share_percent?: number | null
}): number {
  const discount = Math.max(input.regular_unit_price - input.sale_unit_price, 0) * input.quantity
  if (!Number.isInteger(discount)) throw new Error(`원 단위가 아닌 할인액입니다: ${discount}`)
  if (input.discount_bearer === "center") return discount
  if (input.discount_bearer === "maker") return 0
  const share = input.maker_share_percent ?? 0
  if (!Number.isInteger(share) || share < 0 || share > 100) throw new Error(`업체 부담률은 0부터 100까지의 정수여야 합니다: ${share}`)
  return Math.floor((discount * (100 - share)) / 100)
}

/** The subsidy left when the line's net is `net` of `original` (0 when nothing was sold). */
export function subsidyOf(full: number, original: number, net: number): number {
  if (full === 0 || original <= 0 || net <= 0) return 0
  // full × net stays far below 2^53 for any line the shop can take
  return Math.floor((full * Math.min(net, original)) / original)
}

/** The subsidy given back when the line's net goes from `before` to `after`. */
export function subsidyGivenBack(full: number, original: number, before: number, after: number): number {
  return subsidyOf(full, original, before) - subsidyOf(full, original, after)
}
