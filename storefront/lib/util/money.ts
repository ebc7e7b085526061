const wonNumber = new Intl.NumberFormat("ko-KR", { maximumFractionDigits: 0 })

/** Formats an amount of Korean won (an integer, KRW has no minor unit) as "20,000원". */
export function formatWon(amount: number): string {
  if (!Number.isFinite(amount)) {
    throw new RangeError(`Cannot format a non-finite amount as won: ${amount}`)
  }
  const whole = Math.round(amount) + 0
  return `${wonNumber.format(whole)}원`
}

/**
 * Labels the price of something sold in several variants: "5,500원" when every
 * variant costs the same, "3,000원~" (from the cheapest) when they differ.
 */
export function formatPriceFrom(amounts: readonly number[]): string | null {
  if (amounts.length === 0) {
    return null
  }
  const lowest = Math.min(...amounts)
  const highest = Math.max(...amounts)
  return lowest === highest ? formatWon(lowest) : `${formatWon(lowest)}~`
}
