import { logger } from "@medusajs/framework/logger"

/**
 * KRW has no minor unit. Medusa hands amounts around as numbers or BigNumber-like objects.
 * Amounts are whole won by construction (promotion adjustments are made whole where Medusa
 * stores them, see docs/money.md); these helpers read them at the boundary. One rule for the
 * boundary: a fraction of a won is rounded to the nearest won (halves up, as the storefront's
 * formatWon does) and logged loudly, so a page still renders instead of answering 500 — the
 * log says where whole-by-construction was missed.
 */
export type AmountLike = number | string | { numeric?: number; valueOf(): unknown } | null | undefined

/** Decimal noise of BigNumber arithmetic (2999.9999999999995) is not a fraction of a won. */
const NOISE = 1e-6

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

/** True when the amount is a whole number of won (up to decimal noise). */
export function isWholeWon(value: AmountLike): boolean {
  const n = toAmount(value)
  return Math.abs(n - Math.round(n)) <= NOISE
}

/**
 * Whole won for showing or sending an amount. A real fraction is rounded to the nearest won
 * (halves up) and logged as an error with `what` it was, never thrown.
 */
export function toWon(value: AmountLike, what = "금액"): number {
  const n = toAmount(value)
  const rounded = Math.round(n) + 0 // + 0 turns -0 into 0
  if (Math.abs(n - rounded) > NOISE) {
    logger.error(`[money] ${what} ${n}원은 원 단위가 아닙니다; ${rounded}원으로 반올림해 보여 줍니다 (docs/money.md)`)
  }
  return rounded
}

/** Whole won or an error: for amounts that must already be whole (inputs to a split). */
export function requireWon(value: AmountLike): number {
  const n = toAmount(value)
  if (!isWholeWon(n)) throw new Error(`원 단위가 아닌 금액입니다: ${n}`)
  return Math.round(n) + 0
}

export function sumWon(values: AmountLike[]): number {
  return values.reduce<number>((acc, v) => acc + toWon(v), 0)
}
