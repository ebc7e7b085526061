import { describe, expect, it } from "vitest"
import {
  AdjustmentInputError,
  computeAdjustments,
  computeFullCancel,
  refundTotalOf,
  valueOfUnits,
  type PriorAdjustment,
  type SnapshotShare,
} from "../../backend/modules/attribution/utils/compute-adjustments"
import { splitProportionally } from "../../backend/lib/money/split"

/** A small deterministic PRNG so the property tests are repeatable. */
function rng(seed: number) {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
const byMaker = (adjs: { maker_id: string; amount: number }[]) => {
  const out: Record<string, number> = {}
  for (const a of adjs) out[a.maker_id] = (out[a.maker_id] ?? 0) + a.amount
  return out
}

// An order of 내친구김 (2,999원 × 3 after a 15% code: 7,648원), 맛사랑 (11,999원 → 10,199원), and a
// 선물세트 of two makers (20,000원 → 17,000원, split 13,077 / 3,923 by the components' value).
const rows: SnapshotShare[] = [
  { line_item_id: "li_gim", maker_id: "mkr_gim", quantity: 3, amount: 7648 },
  { line_item_id: "li_sand", maker_id: "mkr_sand", quantity: 1, amount: 10199 },
  { line_item_id: "li_set", maker_id: "mkr_gim", quantity: 1, amount: 13077 },
  { line_item_id: "li_set", maker_id: "mkr_jam", quantity: 1, amount: 3923 },
]
const shipping = [
  { maker_id: "mkr_gim", fee: 3000 },
  { maker_id: "mkr_sand", fee: 3000 },
]

describe("valueOfUnits", () => {
  it("rounds the value of q of n units to the won, halves up, and is the whole total at q = n", () => {
    expect(valueOfUnits(7648, 1, 3)).toBe(2549) // 2,549.33
    expect(valueOfUnits(7648, 2, 3)).toBe(5099) // 5,098.67
    expect(valueOfUnits(7648, 3, 3)).toBe(7648)
    expect(valueOfUnits(5, 1, 2)).toBe(3) // 2.5 → 3
    expect(valueOfUnits(7, 0, 2)).toBe(0)
  })
})

describe("computeAdjustments", () => {
  it("1 of 3 units: −round(line total / 3), the line's discount share included (the row is after discounts)", () => {
    const adj = computeAdjustments({ rows, returns: [{ line_item_id: "li_gim", quantity: 1 }] })
    expect(adj).toEqual([{ line_item_id: "li_gim", maker_id: "mkr_gim", quantity: 1, amount: -2549, shipping_amount: 0 }])
    expect(refundTotalOf(adj)).toBe(2549)
  })

  it("returning 1, then 1, then 1 takes back exactly the line, never a won more or less", () => {
    const prior: PriorAdjustment[] = []
    const amounts: number[] = []
    for (let i = 0; i < 3; i++) {
      const adj = computeAdjustments({ rows, prior, returns: [{ line_item_id: "li_gim", quantity: 1 }] })
      amounts.push(adj[0].amount)
      prior.push(...adj)
    }
    expect(amounts).toEqual([-2549, -2550, -2549])
    expect(sum(amounts)).toBe(-7648)
    expect(() => computeAdjustments({ rows, prior, returns: [{ line_item_id: "li_gim", quantity: 1 }] })).toThrow(
      "이미 모두 취소·반품된 상품 줄입니다"
    )
  })

  it("a split gift set line goes back to each component maker by the snapshot's largest-remainder split", () => {
    const adj = computeAdjustments({ rows, returns: [{ line_item_id: "li_set", quantity: 1 }] })
    expect(byMaker(adj)).toEqual({ mkr_gim: -13077, mkr_jam: -3923 })
  })

  it("1 of 3 gift sets split over three makers: shares by the same split, adding up to the line's third", () => {
    const set: SnapshotShare[] = [
      { line_item_id: "li", maker_id: "a", quantity: 3, amount: 10001 },
      { line_item_id: "li", maker_id: "b", quantity: 3, amount: 7 },
      { line_item_id: "li", maker_id: "c", quantity: 3, amount: 4999 },
    ]
    const adj = computeAdjustments({ rows: set, returns: [{ line_item_id: "li", quantity: 1 }] })
    expect(sum(adj.map((a) => a.amount))).toBe(-valueOfUnits(15007, 1, 3)) // −5,002
    const expected = splitProportionally(5002, [{ key: "a", weight: 10001 }, { key: "b", weight: 7 }, { key: "c", weight: 4999 }])
    expect(byMaker(adj)).toEqual({ a: -expected.get("a")!, b: -expected.get("b")!, c: -expected.get("c")! })
    expect(adj.every((a) => a.quantity === 1)).toBe(true)
  })

  it("refunds a maker's parcel fee once, as its own row, and only what is left of it", () => {
    const first = computeAdjustments({ rows, returns: [{ line_item_id: "li_sand", quantity: 1 }], shipping, refundShippingOf: ["mkr_sand"] })
    expect(first).toContainEqual({ line_item_id: null, maker_id: "mkr_sand", quantity: 0, amount: 0, shipping_amount: -3000 })
    expect(refundTotalOf(first)).toBe(13199)
    const again = computeAdjustments({ rows, prior: first, returns: [], shipping, refundShippingOf: ["mkr_sand"] })
    expect(again).toEqual([])
    // a maker without a fee (free shipping) has nothing to refund
    expect(computeAdjustments({ rows, returns: [], shipping, refundShippingOf: ["mkr_jam"] })).toEqual([])
  })

  it("refuses an unknown line, a duplicate, a fractional, zero or negative quantity, and more than was bought", () => {
    const bad = (returns: { line_item_id: string; quantity: number }[]) => () => computeAdjustments({ rows, returns })
    expect(bad([{ line_item_id: "li_other", quantity: 1 }])).toThrow("이 주문에 없는 상품 줄입니다")
    expect(bad([{ line_item_id: "li_gim", quantity: 1 }, { line_item_id: "li_gim", quantity: 1 }])).toThrow("두 번")
    expect(bad([{ line_item_id: "li_gim", quantity: 1.5 }])).toThrow("1 이상의 정수")
    expect(bad([{ line_item_id: "li_gim", quantity: 0 }])).toThrow("1 이상의 정수")
    expect(bad([{ line_item_id: "li_gim", quantity: -1 }])).toThrow("1 이상의 정수")
    expect(bad([{ line_item_id: "li_gim", quantity: 4 }])).toThrow("3개입니다")
    expect(bad([{ line_item_id: "li_gim", quantity: 4 }])).toThrow(AdjustmentInputError)
  })

  it("after 2 of 3 came back, only 1 can: the message says how many are left", () => {
    const prior = computeAdjustments({ rows, returns: [{ line_item_id: "li_gim", quantity: 2 }] })
    expect(() => computeAdjustments({ rows, prior, returns: [{ line_item_id: "li_gim", quantity: 2 }] })).toThrow(
      "취소·반품할 수 있는 수량은 1개입니다"
    )
  })

  it("odd amounts, any order of returns: every maker gets back exactly its rows, never more, never a positive row", () => {
    const random = rng(20261201)
    for (let run = 0; run < 300; run++) {
      const lineCount = 1 + Math.floor(random() * 3)
      const testRows: SnapshotShare[] = []
      for (let l = 0; l < lineCount; l++) {
        const quantity = 1 + Math.floor(random() * 7)
        const makers = 1 + Math.floor(random() * 3)
        for (let m = 0; m < makers; m++) {
          testRows.push({ line_item_id: `li_${l}`, maker_id: `m_${m}`, quantity, amount: Math.floor(random() * 30000) + (m === 0 ? 1 : 0) })
        }
      }
      const prior: PriorAdjustment[] = []
      const left = new Map(testRows.map((r) => [r.line_item_id, r.quantity]))
      while ([...left.values()].some((q) => q > 0)) {
        const open = [...left.entries()].filter(([, q]) => q > 0)
        const [lineId, q] = open[Math.floor(random() * open.length)]
        const take = 1 + Math.floor(random() * q)
        const adj = computeAdjustments({ rows: testRows, prior, returns: [{ line_item_id: lineId, quantity: take }] })
        for (const a of adj) expect(a.amount).toBeLessThanOrEqual(0)
        prior.push(...adj)
        left.set(lineId, q - take)
      }
      for (const row of testRows) {
        const back = prior.filter((p) => p.line_item_id === row.line_item_id && p.maker_id === row.maker_id)
        expect(sum(back.map((p) => Number(p.amount)))).toBe(-Number(row.amount))
      }
    }
  })
})

describe("computeFullCancel", () => {
  it("takes back every row and every fee: the adjustments add up to −(order total)", () => {
    const adj = computeFullCancel({ rows, shipping })
    const orderTotal = sum(rows.map((r) => Number(r.amount))) + 6000
    expect(refundTotalOf(adj)).toBe(orderTotal)
    expect(byMaker(adj)).toEqual({ mkr_gim: -(7648 + 13077), mkr_sand: -10199, mkr_jam: -3923 })
    expect(adj.filter((a) => a.line_item_id === null).map((a) => a.shipping_amount)).toEqual([-3000, -3000])
  })

  it("after a return of 1 of 3, cancelling takes back only what is left, to the won", () => {
    const returned = computeAdjustments({ rows, returns: [{ line_item_id: "li_gim", quantity: 1 }], shipping, refundShippingOf: [] })
    const rest = computeFullCancel({ rows, prior: returned, shipping })
    expect(rest.find((a) => a.line_item_id === "li_gim")).toMatchObject({ quantity: 2, amount: -(7648 - 2549) })
    expect(refundTotalOf([...returned, ...rest])).toBe(sum(rows.map((r) => Number(r.amount))) + 6000)
    expect(computeFullCancel({ rows, prior: [...returned, ...rest], shipping })).toEqual([])
  })
})
