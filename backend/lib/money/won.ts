/**
 * KRW has no minor unit. Medusa hands amounts around as numbers or BigNumber-like objects;
 * these helpers insist on whole won so a fraction never slips into a total unnoticed.
 */
export type AmountLike = number | string | { numeric?: number; valueOf(): unknown } | null | undefined

/** The plain number behind an amount, fractions kept (see wholeWonShares for making them whole). */
export function toAmount(value: AmountLike): number {
  if (value === null || value === undefined) return 0
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string"
        ? Number(value)
        : typeof value.numeric === "number"
          ? value.numeric
          : Number(value.valueOf())
  if (!Number.isFinite(n)) throw new Error(`금액이 숫자가 아닙니다: ${String(value)}`)
  return n
}

export function toWon(value: AmountLike): number {
  const n = toAmount(value)
  const rounded = Math.round(n)
  if (Math.abs(n - rounded) > 1e-6) throw new Error(`원 단위가 아닌 금액입니다: ${n}`)
  return rounded
}

export function sumWon(values: AmountLike[]): number {
  return values.reduce<number>((acc, v) => acc + toWon(v), 0)
}
