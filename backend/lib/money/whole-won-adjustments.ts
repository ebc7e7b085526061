import { wholeWonShares } from "./whole-won-shares"
import { toAmount, type AmountLike } from "./won"

/**
 * Promotion adjustments in whole won (docs/money.md). Medusa computes a promotion's adjustment
 * per line in exact decimals: 15% of 2,999원 is 449.85원, a fixed 3,000원 spread over the
 * lines leaves 8,470.59원 here and 39,529.41원 there, and a promotion marked VAT-exclusive
 * takes `amount × 1.1` off our VAT-inclusive prices. The rule, per promotion code:
 *   1. each line's exact discount, VAT included (`amount`, or `amount × (1 + tax rate)` when
 *      the adjustment is VAT-exclusive);
 *   2. the code's whole-won total is their sum rounded to the nearest won (halves up);
 *   3. that total is handed to the lines by largest remainder, so every line's discount is
 *      whole and they add up to the code's total exactly;
 *   4. the adjustment is stored VAT-inclusive with that whole amount, so Medusa's totals
 *      (line, cart, order, payment) come out whole.
 * Lines are items or shipping methods; each kind is rounded on its own. Medusa's shipping-method
 * adjustments cannot be marked VAT-inclusive (they are always read as VAT-exclusive), so for them
 * step 4 stores `whole / (1 + tax rate)`, which Medusa multiplies back to the whole amount.
 */
export type AdjustmentIn = { id: string; code?: string | null; amount: AmountLike; is_tax_inclusive?: boolean | null }
export type AdjustedLine = { id: string; tax_rates: AmountLike[]; adjustments: AdjustmentIn[] }
export type AdjustmentChange = {
  id: string
  amount: number
  is_tax_inclusive: boolean
  /** what was stored before, for undoing */
  before: { amount: number; is_tax_inclusive: boolean }
}

export function wholeWonAdjustments(lines: AdjustedLine[], options: { canMarkInclusive: boolean } = { canMarkInclusive: true }): AdjustmentChange[] {
  const byCode = new Map<string, { adjustment: AdjustmentIn; exact: number; rate: number }[]>()
  for (const line of lines) {
    const rate = line.tax_rates.reduce<number>((s, r) => s + toAmount(r), 0) / 100
    for (const adjustment of line.adjustments) {
      const amount = toAmount(adjustment.amount)
      const exact = adjustment.is_tax_inclusive ? amount : amount * (1 + rate)
      // an adjustment without a code (manual) is rounded on its own
      const key = adjustment.code ? `code:${adjustment.code}` : `id:${adjustment.id}`
      byCode.set(key, [...(byCode.get(key) ?? []), { adjustment, exact, rate }])
    }
  }

  const changes: AdjustmentChange[] = []
  for (const group of byCode.values()) {
    const whole = wholeWonShares(group.map((g) => ({ key: g.adjustment.id, amount: g.exact })))
    for (const { adjustment, exact, rate } of group) {
      const target = whole.get(adjustment.id)!
      const before = { amount: toAmount(adjustment.amount), is_tax_inclusive: !!adjustment.is_tax_inclusive }
      if (options.canMarkInclusive) {
        if (before.is_tax_inclusive && before.amount === target) continue
        changes.push({ id: adjustment.id, amount: target, is_tax_inclusive: true, before })
      } else {
        if (Math.abs(target - exact) <= 1e-6) continue // already whole, up to decimal noise
        changes.push({ id: adjustment.id, amount: target / (1 + rate), is_tax_inclusive: false, before })
      }
    }
  }
  return changes
}
