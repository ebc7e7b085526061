import { splitProportionally } from "./split"
import { toAmount, type AmountLike } from "./won"

/**
 * Whole-won amounts for parts whose exact amounts may carry fractions of a won. Medusa spreads an
 * order-level discount over the lines in proportion to their value, so a 3,000원 code on lines of
 * 9,000원 and 42,000원 leaves them at 8,470.59원 and 39,529.41원. The order total stays whole;
 * this hands its won to the parts by largest remainder, so they add up to it exactly.
 */
export function wholeWonShares<K extends string>(parts: { key: K; amount: AmountLike }[]): Map<K, number> {
  const exact = parts.map((p) => ({ key: p.key, amount: toAmount(p.amount) }))
  if (exact.every((p) => Number.isInteger(p.amount))) return new Map(exact.map((p) => [p.key, p.amount]))
  const total = Math.round(exact.reduce((s, p) => s + p.amount, 0))
  return splitProportionally(total, exact.map((p) => ({ key: p.key, weight: Math.max(p.amount, 0) })))
}

/** Each order line's total in whole won (see wholeWonShares), keyed by line id. */
export function wholeWonLineTotals(items: { id: string; total: AmountLike }[] | null | undefined): Map<string, number> {
  return wholeWonShares((items ?? []).map((item) => ({ key: item.id, amount: item.total })))
}
