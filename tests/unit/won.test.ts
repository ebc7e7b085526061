import { describe, expect, it } from "vitest"
import { isWholeWon, requireWon, sumWon, toWon } from "../../backend/lib/money/won"

describe("whole won", () => {
  it("reads numbers, numeric strings and BigNumber-like values", () => {
    expect(toWon(20000)).toBe(20000)
    expect(toWon("5500")).toBe(5500)
    expect(toWon({ numeric: 3000, valueOf: () => 3000 })).toBe(3000)
    expect(toWon(null)).toBe(0)
  })
  it("rounds a fraction of a won at the boundary (halves up) instead of failing the page", () => {
    expect(toWon(1999.5)).toBe(2000)
    expect(toWon(23846.6)).toBe(23847)
    expect(toWon(3149.4)).toBe(3149)
    expect(Object.is(toWon(-0.4), 0)).toBe(true)
    // decimal noise of Medusa's BigNumber arithmetic is whole won
    expect(toWon(2999.9999999999995)).toBe(3000)
    expect(isWholeWon(2999.9999999999995)).toBe(true)
    expect(isWholeWon(1349.55)).toBe(false)
  })
  it("still refuses what is not a number, and requireWon refuses fractions", () => {
    expect(() => toWon("abc")).toThrow()
    expect(() => requireWon(1999.5)).toThrow("원 단위")
    expect(requireWon(3000.0000000000005)).toBe(3000)
  })
  it("sums exactly", () => {
    expect(sumWon([20000, "5000", 3000])).toBe(28000)
  })
})
