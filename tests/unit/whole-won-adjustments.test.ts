import { describe, expect, it } from "vitest"
import { wholeWonAdjustments } from "../../backend/lib/money/whole-won-adjustments"

const VAT = [10]

describe("wholeWonAdjustments", () => {
  it("rounds a 15% code per line by largest remainder, to the code's whole-won total", () => {
    // 15% of 8,997원 and 11,999원, VAT-inclusive: 1,349.55 + 1,799.85 = 3,149.4 → 3,149원
    const changes = wholeWonAdjustments([
      { id: "a", tax_rates: VAT, adjustments: [{ id: "adj_a", code: "P15", amount: 1349.55, is_tax_inclusive: true }] },
      { id: "b", tax_rates: VAT, adjustments: [{ id: "adj_b", code: "P15", amount: 1799.85, is_tax_inclusive: true }] },
    ])
    expect(changes.map((c) => [c.id, c.amount, c.is_tax_inclusive])).toEqual([
      ["adj_a", 1349, true],
      ["adj_b", 1800, true],
    ])
    expect(changes.reduce((s, c) => s + c.amount, 0)).toBe(3149)
    expect(changes[0].before).toEqual({ amount: 1349.55, is_tax_inclusive: true })
  })

  it("turns a VAT-exclusive adjustment into the whole won it takes off a VAT-inclusive price", () => {
    // 2,345원 before VAT spread over two lines: 2,579.5원 with VAT → 2,580원
    const changes = wholeWonAdjustments([
      { id: "a", tax_rates: VAT, adjustments: [{ id: "x", code: "NET", amount: 1000.2, is_tax_inclusive: false }] },
      { id: "b", tax_rates: VAT, adjustments: [{ id: "y", code: "NET", amount: 1344.8, is_tax_inclusive: false }] },
    ])
    expect(changes.every((c) => c.is_tax_inclusive && Number.isInteger(c.amount))).toBe(true)
    expect(changes.reduce((s, c) => s + c.amount, 0)).toBe(2580)
  })

  it("leaves whole VAT-inclusive adjustments alone and rounds each code on its own", () => {
    const changes = wholeWonAdjustments([
      {
        id: "a",
        tax_rates: VAT,
        adjustments: [
          { id: "w", code: "WELCOME3000", amount: 3000, is_tax_inclusive: true },
          { id: "p", code: "P15", amount: 100.5, is_tax_inclusive: true },
        ],
      },
      { id: "b", tax_rates: [], adjustments: [{ id: "q", code: "P15", amount: 200.4, is_tax_inclusive: false }] },
    ])
    // P15: 100.5 + 200.4 = 300.9 → 301원; the line without tax lines takes its amount as is
    expect(changes.map((c) => [c.id, c.amount])).toEqual([
      ["p", 101],
      ["q", 200],
    ])
  })

  it("keeps shipping adjustments VAT-exclusive (Medusa cannot mark them) with a whole VAT-inclusive effect", () => {
    const [change] = wholeWonAdjustments(
      [{ id: "sm", tax_rates: VAT, adjustments: [{ id: "s", code: "SHIP", amount: 1234.5 }] }],
      { canMarkInclusive: false }
    )
    expect(change.is_tax_inclusive).toBe(false)
    expect(Math.abs(change.amount * 1.1 - 1358)).toBeLessThan(1e-6)
    expect(wholeWonAdjustments([{ id: "sm", tax_rates: VAT, adjustments: [{ id: "s", code: "SHIP", amount: 3000 }] }], { canMarkInclusive: false })).toEqual([])
  })
})
