import { describe, expect, it } from "vitest"
import { summarizeByMaker } from "../../backend/modules/attribution/utils/summarize-by-maker"
import { buildLineAttributions } from "../../backend/workflows/attribution/build-line-attributions"

let line = 0
const row = (order_id: string, maker_id: string, amount: number, quantity: number, placed_at: string, maker_name = maker_id, line_item_id = `li_${++line}`) => ({
  order_id, line_item_id, maker_id, maker_handle: maker_id, maker_name, maker_business_registration_number: null, amount, quantity, placed_at,
})

describe("per-maker sales summary", () => {
  it("counts distinct orders, units and won per maker; totals equal the sum of rows", () => {
    const rows = [
      row("o1", "a", 40000, 2, "2026-11-01T01:00:00Z"),
      row("o1", "b", 12000, 1, "2026-11-01T01:00:00Z"),
      row("o2", "a", 15000, 3, "2026-11-02T01:00:00Z"),
    ]
    const { makers, totals } = summarizeByMaker(rows)
    expect(makers).toEqual([
      expect.objectContaining({ maker_id: "a", orders: 2, units: 5, gross_amount: 55000 }),
      expect.objectContaining({ maker_id: "b", orders: 1, units: 1, gross_amount: 12000 }),
    ])
    expect(totals).toEqual({ orders: 2, units: 6, gross_amount: 67000, refunded_units: 0, refunded_amount: 0, net_amount: 67000 })
  })
  it("shows the newest snapshot name of a maker renamed within the period", () => {
    const { makers } = summarizeByMaker([
      row("o2", "a", 1000, 1, "2026-11-02T00:00:00Z", "새 이름"),
      row("o1", "a", 1000, 1, "2026-11-01T00:00:00Z", "옛 이름"),
    ])
    expect(makers[0].maker_name).toBe("새 이름")
  })
  it("a gift set split over two makers counts its units for each maker but once in the totals", () => {
    const { makers, totals } = summarizeByMaker([
      row("o1", "a", 12000, 2, "2026-11-01T00:00:00Z", "a", "li_set"),
      row("o1", "b", 8000, 2, "2026-11-01T00:00:00Z", "b", "li_set"),
    ])
    expect(makers.map((m) => m.units)).toEqual([2, 2])
    expect(totals).toEqual({ orders: 1, units: 2, gross_amount: 20000, refunded_units: 0, refunded_amount: 0, net_amount: 20000 })
  })
  it("an empty period is all zeros", () => {
    expect(summarizeByMaker([])).toEqual({ makers: [], totals: { orders: 0, units: 0, gross_amount: 0, refunded_units: 0, refunded_amount: 0, net_amount: 0 } })
  })
})

describe("per-maker sales net of cancels and returns", () => {
  const set = [
    row("o1", "a", 13077, 3, "2026-11-01T00:00:00Z", "a", "li_set"),
    row("o1", "b", 3923, 3, "2026-11-01T00:00:00Z", "b", "li_set"),
    row("o1", "a", 7648, 3, "2026-11-01T00:00:00Z", "a", "li_gim"),
  ]
  const adj = (line_item_id: string | null, maker_id: string, quantity: number, amount: number) => ({ order_id: "o1", line_item_id, maker_id, quantity, amount })

  it("a return of 1 of 3 lowers each maker's net by exactly its adjustments; a split set's units count once in the totals", () => {
    const { makers, totals } = summarizeByMaker(set, [adj("li_set", "a", 1, -4359), adj("li_set", "b", 1, -1308), adj("li_gim", "a", 1, -2549)])
    expect(makers.find((m) => m.maker_id === "a")).toMatchObject({ gross_amount: 20725, refunded_amount: -6908, net_amount: 13817, refunded_units: 2 })
    expect(makers.find((m) => m.maker_id === "b")).toMatchObject({ gross_amount: 3923, refunded_amount: -1308, net_amount: 2615, refunded_units: 1 })
    expect(totals).toMatchObject({ gross_amount: 24648, refunded_amount: -8216, net_amount: 16432, refunded_units: 2, units: 6 })
  })
  it("a canceled order nets to zero; shipping rows (amount 0) and makers without rows change nothing", () => {
    const cancel = [adj("li_set", "a", 3, -13077), adj("li_set", "b", 3, -3923), adj("li_gim", "a", 3, -7648), adj(null, "a", 0, 0), adj(null, "assembler", 0, 0)]
    const { makers, totals } = summarizeByMaker(set, cancel)
    expect(makers.map((m) => m.net_amount)).toEqual([0, 0])
    expect(totals).toMatchObject({ orders: 1, gross_amount: 24648, refunded_amount: -24648, net_amount: 0, refunded_units: 6 })
  })
})

describe("order-time attribution rows", () => {
  const order = {
    id: "order_1",
    display_id: 7,
    created_at: "2026-11-23T03:00:00Z",
    currency_code: "krw",
    items: [
      { id: "li_1", product_id: "p1", variant_id: "v1", product_title: "내친구김 선물세트", title: "선물세트", quantity: 2, total: 40000 },
      { id: "li_2", product_id: "p2", variant_id: "v2", product_title: null, title: "이름 없는 상품", quantity: 1, total: 3000 },
    ],
  }
  it("splits a set made by several makers over its components' standalone value, to the won", () => {
    const maker = (id: string) => ({ id, handle: id, name: id })
    const rows = buildLineAttributions(
      { ...order, items: [{ ...order.items[0], quantity: 3, total: 60000 }] },
      () => maker("assembler"),
      () => [
        { maker: maker("gim"), weight: 5 * 2000 },
        { maker: maker("gim"), weight: 4 * 343.75 },
        { maker: maker("soap"), weight: 2 * 4000 },
      ]
    )
    expect(rows.map((r) => [r.maker_id, r.amount, r.quantity])).toEqual([
      ["gim", Math.round((60000 * 11375) / 19375), 3],
      ["soap", 60000 - Math.round((60000 * 11375) / 19375), 3],
    ])
    expect(rows.reduce((s, r) => s + r.amount, 0)).toBe(60000)
  })
  it("carries each line total to its product's maker, and an unlinked product to 미지정", () => {
    const rows = buildLineAttributions(order, (id) =>
      id === "p1" ? { id: "mkr_1", handle: "naechingu-gim", name: "내친구김", business_registration_number: "410-82-47310" } : undefined
    )
    expect(rows.map((r) => [r.maker_id, r.maker_name, r.amount, r.quantity])).toEqual([
      ["mkr_1", "내친구김", 40000, 2],
      ["unassigned", "만든 곳 미지정", 3000, 1],
    ])
    expect(rows[1].product_title).toBe("이름 없는 상품")
    expect(rows.reduce((s, r) => s + r.amount, 0)).toBe(43000)
  })
  it("property: random multi-maker compositions split every line total exactly, in whole won", () => {
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let run = 0; run < 500; run++) {
      const makerCount = 2 + Math.floor(random() * 4)
      const components = Array.from({ length: 2 + Math.floor(random() * 6) }, () => {
        const id = `mkr_${Math.floor(random() * makerCount)}`
        return { maker: { id, handle: id, name: id }, weight: Math.round(random() * 30000) / (1 + Math.floor(random() * 16)) }
      })
      const quantity = 1 + Math.floor(random() * 120)
      const total = (10000 + Math.floor(random() * 90) * 500) * quantity
      const rows = buildLineAttributions(
        { ...order, items: [{ ...order.items[0], quantity, total }] },
        () => undefined,
        () => components
      )
      expect(rows.reduce((s, r) => s + r.amount, 0)).toBe(total)
      expect(rows.every((r) => Number.isInteger(r.amount) && r.quantity === quantity)).toBe(true)
      const makers = new Set(components.map((c) => c.maker.id))
      expect(rows).toHaveLength(makers.size >= 2 ? makers.size : 1)
    }
  })
})
