import { describe, expect, it } from "vitest"
import { moneyEvents, type AdjustmentSource, type ParcelSource, type SaleSource } from "../../backend/modules/settlement/utils/events"
import { feeGivenBack, feeOf, formatRate } from "../../backend/modules/settlement/utils/fees"
import { cycleOfCode, nextPeriod, periodLabel, periodOf, periodRange } from "../../backend/modules/settlement/utils/periods"
import { buildDraftStatements, type LockedStatement } from "../../backend/modules/settlement/utils/statements"

const kst = (local: string) => new Date(`${local}+09:00`)

const sale = (over: Partial<SaleSource> = {}): SaleSource => ({
  order_id: "order_1", order_display_id: 1, line_item_id: "li_1", maker_id: "mkr_a", shipper_maker_id: "mkr_a", product_title: "전장김 3봉",
  quantity: 1, amount: 20000, rate_bp: 1000, ...over,
})
const parcel = (over: Partial<ParcelSource> = {}): ParcelSource => ({
  id: "pcl_1", order_id: "order_1", maker_id: "mkr_a", status: "confirmed", confirmed_at: kst("2026-11-20T10:00:00"), shipping_amount: 3000, ...over,
})
const adjustment = (over: Partial<AdjustmentSource> = {}): AdjustmentSource => ({
  id: "adj_1", order_id: "order_1", line_item_id: "li_1", maker_id: "mkr_a", kind: "return", amount: -20000, shipping_amount: 0,
  occurred_at: kst("2026-12-03T09:00:00"), reference: "반품 1", ...over,
})
const monthly = () => "monthly" as const

describe("settlement periods (Asia/Seoul)", () => {
  it("puts an instant in its Seoul month, also around midnight", () => {
    expect(periodOf(new Date("2026-11-30T14:59:59Z"), "monthly")).toBe("2026-11")
    expect(periodOf(new Date("2026-11-30T15:00:00Z"), "monthly")).toBe("2026-12")
    expect(periodRange("2026-12")).toEqual({ gte: new Date("2026-11-30T15:00:00Z"), lt: new Date("2026-12-31T15:00:00Z") })
    expect(nextPeriod("2026-12")).toBe("2027-01")
  })

  it("uses ISO weeks Monday to Sunday for the weekly cycle, across the year end", () => {
    expect(periodOf(kst("2026-12-01T12:00:00"), "weekly")).toBe("2026-W49")
    expect(periodRange("2026-W49").gte).toEqual(kst("2026-11-30T00:00:00"))
    // 2026 starts on a Thursday: it has 53 ISO weeks, the last one ends on 2027-01-03
    expect(periodOf(kst("2027-01-03T23:59:59"), "weekly")).toBe("2026-W53")
    expect(nextPeriod("2026-W53")).toBe("2027-W01")
    expect(cycleOfCode("2027-W53")).toBeNull()
    expect(cycleOfCode("2026-13")).toBeNull()
    expect(periodLabel("2026-12")).toBe("2026년 12월")
    expect(periodLabel("2026-W49")).toBe("2026년 49주차 (11.30–12.6)")
  })
})

describe("fee rule: floor per line × maker, cumulative over refunds", () => {
  it("floors the fee, leaving fractions of a won to the maker; 0% is no fee", () => {
    expect(feeOf(10001, 1050)).toBe(1050) // 1,050.105원
    expect(feeOf(2999, 1000)).toBe(299)
    expect(feeOf(20000, 0)).toBe(0)
    expect(feeOf(-5, 1000)).toBe(-1) // floor also below zero, so differences stay exact
    expect(formatRate(1050)).toBe("10.5%")
    expect(formatRate(0)).toBe("0%")
    expect(() => feeOf(100, 10001)).toThrow()
  })

  it("gives back on refunds so that a line's fees add up to the fee of its final net", () => {
    // 11원 at 10%: fee 1; refund 9 → net 2, whose fee is 0: the refund gives the whole 1 back
    expect(feeOf(11, 1000) - feeGivenBack(11, 2, 1000)).toBe(feeOf(2, 1000))
    const events = moneyEvents({
      sales: [sale({ amount: 11 })],
      parcels: [parcel({ shipping_amount: 0 })],
      adjustments: [adjustment({ amount: -9 })],
    })
    const fees = events.filter((e) => e.kind === "fee").map((e) => e.amount)
    expect(fees).toEqual([-1, 1])
  })
})

describe("statements", () => {
  it("turns a confirmed parcel into sale, shipping and fee lines of the confirmation's month", () => {
    const events = moneyEvents({ sales: [sale(), sale({ line_item_id: "li_2", amount: 5001, product_title: "김자반" })], parcels: [parcel()], adjustments: [] })
    const [statement] = buildDraftStatements({ events, cycleOf: monthly, locked: [], now: kst("2026-11-25T00:00:00") })
    expect(statement.period_code).toBe("2026-11")
    expect(statement.totals).toMatchObject({
      sales_amount: 25001, shipping_amount: 3000, fee_amount: -2500, net_sales_amount: 28001, net_amount: 25501, payout_amount: 25501,
    })
    expect(statement.lines.map((l) => l.kind)).toEqual(["sale", "fee", "sale", "fee", "shipping"])
  })

  it("counts nothing of a parcel that is not confirmed, and lets earlier cancels reduce what is confirmed", () => {
    const none = moneyEvents({ sales: [sale()], parcels: [parcel({ status: "shipped", confirmed_at: null })], adjustments: [] })
    expect(none).toEqual([])
    const events = moneyEvents({
      sales: [sale()],
      parcels: [parcel()],
      adjustments: [adjustment({ kind: "cancel", amount: -5000, occurred_at: kst("2026-11-02T00:00:00") })],
    })
    const [s] = buildDraftStatements({ events, cycleOf: monthly, locked: [], now: kst("2026-11-30T00:00:00") })
    expect(s.period_code).toBe("2026-11")
    expect(s.totals).toMatchObject({ sales_amount: 20000, refund_amount: -5000, fee_amount: -1500, payout_amount: 16500 })
  })

  it("puts a refund after a locked statement into the next open period as an adjustment line", () => {
    const sources = { sales: [sale()], parcels: [parcel()], adjustments: [adjustment({ occurred_at: kst("2026-11-28T09:00:00") })] }
    const november = moneyEvents({ ...sources, adjustments: [] })
    const [draft] = buildDraftStatements({ events: november, cycleOf: monthly, locked: [], now: kst("2026-11-27T00:00:00") })
    const locked: LockedStatement[] = [{ maker_id: "mkr_a", period_code: "2026-11", line_keys: draft.lines.map((l) => l.key), balance_amount: draft.totals.balance_amount }]
    const drafts = buildDraftStatements({ events: moneyEvents(sources), cycleOf: monthly, locked, now: kst("2026-12-05T00:00:00") })
    expect(drafts).toHaveLength(1)
    expect(drafts[0].period_code).toBe("2026-12")
    expect(drafts[0].lines.map((l) => [l.kind, l.amount])).toEqual([["adjustment", -20000], ["fee", 2000]])
    // the maker owes what it was paid for the returned goods, less the fee: carried on
    expect(drafts[0].totals).toMatchObject({ adjustment_amount: -20000, fee_amount: 2000, balance_amount: -18000, payout_amount: 0, carry_forward_amount: -18000 })
  })

  it("gives fees back in the order refunds were recorded, so a late refund dated earlier cannot give a won back twice", () => {
    // 116,663원 at 10.5%: fee 12,249. Two halves come back: 58,331 recorded first (settled and
    // locked), then 58,332 recorded later but dated before it. Worked out by date, each would
    // give back 6,125 (12,250 in all); by recording order the second gives back the rest, 6,124.
    const first = adjustment({ id: "adj_b", amount: -58331, occurred_at: kst("2026-12-01T09:00:00"), recorded_at: kst("2026-12-01T09:00:00") })
    const late = adjustment({ id: "adj_a", amount: -58332, occurred_at: kst("2026-11-25T09:00:00"), recorded_at: kst("2026-12-09T09:00:00") })
    const sources = { sales: [sale({ amount: 116663, rate_bp: 1050 })], parcels: [parcel({ shipping_amount: 0 })] }
    const before = moneyEvents({ ...sources, adjustments: [first] })
    const after = moneyEvents({ ...sources, adjustments: [first, late] })
    const feeOfKey = (events: typeof after, key: string) => events.find((e) => e.key === key)?.amount
    // what is already settled does not move when the late refund arrives
    expect(feeOfKey(after, "fee:refund:adj_b")).toBe(feeOfKey(before, "fee:refund:adj_b"))
    const fees = after.filter((e) => e.kind === "fee").reduce((sum, e) => sum + e.amount, 0)
    // the line came back whole: no fee is left, none given back twice (+ 0 for the sign of zero)
    expect(fees + 0).toBe(feeOf(116663 - 58331 - 58332, 1050))
  })

  it("carries a negative balance over to the next statements until sales cover it", () => {
    const locked: LockedStatement[] = [{ maker_id: "mkr_a", period_code: "2026-10", line_keys: [], balance_amount: -18000 }]
    const events = moneyEvents({
      sales: [sale({ amount: 10000, rate_bp: 0 }), sale({ order_id: "order_2", line_item_id: "li_9", amount: 30000, rate_bp: 0 })],
      parcels: [parcel({ shipping_amount: 0 }), parcel({ id: "pcl_2", order_id: "order_2", shipping_amount: 0, confirmed_at: kst("2027-01-10T00:00:00") })],
      adjustments: [],
    })
    const drafts = buildDraftStatements({ events, cycleOf: monthly, locked, now: kst("2027-01-15T00:00:00") })
    expect(drafts.map((d) => [d.period_code, d.totals.carry_over_amount, d.totals.payout_amount, d.totals.carry_forward_amount])).toEqual([
      ["2026-11", -18000, 0, -8000],
      ["2026-12", -8000, 0, -8000], // no sales in December: the statement only carries it on
      ["2027-01", -8000, 22000, 0],
    ])
  })

  it("never counts a line of a locked statement again", () => {
    const events = moneyEvents({ sales: [sale()], parcels: [parcel()], adjustments: [] })
    const locked: LockedStatement[] = [{ maker_id: "mkr_a", period_code: "2026-11", line_keys: events.map((e) => e.key), balance_amount: 21000 }]
    expect(buildDraftStatements({ events, cycleOf: monthly, locked, now: kst("2026-12-20T00:00:00") })).toEqual([])
  })
})
