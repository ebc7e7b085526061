/**
 * 판매수수료. The rate is in basis points (1,000 bp = 10%), copied per order line × maker when
 * the order is placed (settlement_fee_snapshot), so a later change of a maker's rate never
 * rewrites history. The rule, in whole won:
 *
 *   fee of a goods amount = floor(amount × rate_bp / 10,000)   — fractions of a won go to the maker
 *
 * applied cumulatively per order line × maker: a refund of part of a line gives back
 * `fee(net before) − fee(net after)`, so however a line is cut up over periods its fees add up
 * to exactly `fee(final net)` — the fee of what the maker finally sold. A goods refund not tied
 * to a line gives back `fee(refunded amount)`. Shipping carries no fee (it pays the parcel).
 */
export const MAX_RATE_BP = 10_000

export function assertRateBp(rate_bp: number): void {
  if (!Number.isInteger(rate_bp) || rate_bp < 0 || rate_bp > MAX_RATE_BP) {
    throw new Error(`수수료율은 0부터 10000까지의 정수(bp)여야 합니다: ${rate_bp}`)
  }
}

/** floor(amount × rate / 10,000) in integers; floor for negatives too (−0.5 → −1), so differences stay exact. */
export function feeOf(amount: number, rate_bp: number): number {
  if (!Number.isInteger(amount)) throw new Error(`원 단위가 아닌 금액입니다: ${amount}`)
  assertRateBp(rate_bp)
  // amount × rate stays far below 2^53 for any order the shop can take (10^11 won × 10^4)
  return Math.floor((amount * rate_bp) / MAX_RATE_BP) + 0
}

/** The fee given back when a line's net goes from `before` to `after` (after < before). */
export function feeGivenBack(before: number, after: number, rate_bp: number): number {
  return feeOf(before, rate_bp) - feeOf(after, rate_bp)
}

/** "10.5%" for 1,050 bp; "0%" for 0. */
export function formatRate(rate_bp: number): string {
  return `${(rate_bp / 100).toFixed(2).replace(/\.?0+$/, "")}%`
}
