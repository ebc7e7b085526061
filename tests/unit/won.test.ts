import { describe, expect, it } from "vitest"
import { sumWon, toWon } from "../../backend/lib/money/won"

describe("whole won", () => {
  it("reads numbers, numeric strings and BigNumber-like values", () => {
    expect(toWon(20000)).toBe(20000)
    expect(toWon("5500")).toBe(5500)
    expect(toWon({ numeric: 3000, valueOf: () => 3000 })).toBe(3000)
    expect(toWon(null)).toBe(0)
  })
  it("refuses fractions of a won and non-numbers", () => {
    expect(() => toWon(1999.5)).toThrow("원 단위")
    expect(() => toWon("abc")).toThrow()
  })
  it("sums exactly", () => {
    expect(sumWon([20000, "5000", 3000])).toBe(28000)
  })
})
