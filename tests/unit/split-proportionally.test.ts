import { describe, expect, it } from "vitest"
import { splitProportionally } from "../../backend/lib/money/split"
import { wholeWonShares } from "../../backend/lib/money/whole-won-shares"

/** A small deterministic PRNG so the property test is repeatable. */
function rng(seed: number) {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

describe("splitProportionally", () => {
  it("splits the 내친구김 선물세트 price over its components' standalone values", () => {
    // 전장김 5 × 2,000 + 도시락김 4 × 1,000 + 김자반 4 × 3,000 = 26,000 of standalone value
    const shares = splitProportionally(20000, [
      { key: "a", weight: 10000 },
      { key: "b", weight: 4000 },
      { key: "c", weight: 12000 },
    ])
    expect([...shares.values()].reduce((s, v) => s + v, 0)).toBe(20000)
    expect(shares.get("a")).toBe(7692)
    expect(shares.get("b")).toBe(3077)
    expect(shares.get("c")).toBe(9231)
  })

  it("merges parts of the same maker and ignores input order", () => {
    const a = splitProportionally(1000, [{ key: "x", weight: 1 }, { key: "y", weight: 1 }, { key: "x", weight: 1 }])
    const b = splitProportionally(1000, [{ key: "y", weight: 1 }, { key: "x", weight: 2 }])
    expect(a).toEqual(b)
    expect(a.get("x")).toBe(667)
    expect(a.get("y")).toBe(333)
  })

  it("breaks exact ties by key", () => {
    const shares = splitProportionally(100, [{ key: "c", weight: 1 }, { key: "a", weight: 1 }, { key: "b", weight: 1 }])
    expect(Object.fromEntries(shares)).toEqual({ a: 34, b: 33, c: 33 })
  })

  it("property: shares are whole won, sum to the total, and stay within one won of exact", () => {
    const next = rng(20261123)
    for (let run = 0; run < 2000; run++) {
      const total = Math.floor(next() * 500_000)
      const n = 1 + Math.floor(next() * 6)
      const parts = Array.from({ length: n }, (_, i) => ({ key: `m${i}`, weight: Math.floor(next() * 50_000) }))
      const shares = splitProportionally(total, parts)
      const values = [...shares.values()]
      expect(values.every(Number.isInteger)).toBe(true)
      expect(values.reduce((s, v) => s + v, 0)).toBe(total)
      const weightSum = parts.reduce((s, p) => s + p.weight, 0)
      for (const p of parts) {
        const exact = weightSum ? (total * p.weight) / weightSum : total / n
        expect(Math.abs(shares.get(p.key)! - exact)).toBeLessThan(1)
      }
    }
  })

  it("refuses fractional totals and negative weights", () => {
    expect(() => splitProportionally(10.5, [{ key: "a", weight: 1 }])).toThrow()
    expect(() => splitProportionally(10, [{ key: "a", weight: -1 }])).toThrow()
    expect(() => splitProportionally(10, [])).toThrow()
  })
})

describe("wholeWonShares", () => {
  it("keeps whole amounts as they are", () => {
    expect([...wholeWonShares([{ key: "a", amount: 9000 }, { key: "b", amount: 6000 }]).values()]).toEqual([9000, 6000])
  })

  it("turns a discount spread in fractions into whole won adding up to the order's total", () => {
    // 3,000원 off lines of 9,000 / 36,000 / 6,000원, spread by value as Medusa does
    const lines = [9000, 36000, 6000].map((v, i) => ({ key: `l${i}`, amount: v - (3000 * v) / 51000 }))
    const shares = wholeWonShares(lines)
    expect([...shares.values()].reduce((s, v) => s + v, 0)).toBe(48000)
    for (const v of shares.values()) expect(Number.isInteger(v)).toBe(true)
    expect(shares.get("l0")).toBe(8471) // 8,470.59 → 8,471
    expect(shares.get("l1")).toBe(33882) // 33,882.35 → 33,882
    expect(shares.get("l2")).toBe(5647) // 5,647.06 → 5,647
  })
})
