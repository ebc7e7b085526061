import { describe, expect, it } from "vitest"
import { moneyEvents, type AdjustmentSource, type ParcelSource, type SaleSource } from "../../backend/modules/settlement/utils/events"
import { buildDraftStatements, type LockedStatement } from "../../backend/modules/settlement/utils/statements"
import { campaignSubsidy, subsidyOf } from "../../backend/modules/settlement/utils/subsidy"

/** 특판 할인 보전 (issue #13 point 3): the center's part of a campaign discount flows into 정산. */
const kst = (local: string) => new Date(`${local}+09:00`)
const monthly = () => "monthly" as const

// 정가 12,345원, 특판가 9,999원 × 3: the customer paid 29,997원, the discount was 7,038원
const full = campaignSubsidy({ regular_unit_price: 12345, sale_unit_price: 9999, quantity: 3, discount_bearer: "center" })
const sale = (over: Partial<SaleSource> = {}): SaleSource => ({
  order_id: "order_1", order_display_id: 1, line_item_id: "li_1", maker_id: "mkr_a", shipper_maker_id: "mkr_a", product_title: "전장김 특판",
  quantity: 3, amount: 29997, rate_bp: 1000, subsidy: full, ...over,
})
const parcel = (over: Partial<ParcelSource> = {}): ParcelSource => ({
  id: "pcl_1", order_id: "order_1", maker_id: "mkr_a", status: "confirmed", confirmed_at: kst("2026-11-20T10:00:00"), shipping_amount: 0, ...over,
})
const adjustment = (over: Partial<AdjustmentSource> = {}): AdjustmentSource => ({
  id: "adj_1", order_id: "order_1", line_item_id: "li_1", maker_id: "mkr_a", kind: "cancel", amount: -9999, shipping_amount: 0,
  occurred_at: kst("2026-11-10T09:00:00"), reference: null, ...over,
})
const subsidyTotal = (events: { kind: string; amount: number }[]) => events.filter((e) => e.kind === "subsidy").reduce((s, e) => s + e.amount, 0)

describe("특판 할인 보전: the amount", () => {
  it("is the whole discount for center, the center's floored part for split, nothing for maker", () => {
    expect(full).toBe(7038)
    // split, the maker bearing 33%: 7,038 × 67 / 100 = 4,715.46 → 4,715 (fractions floor)
    expect(campaignSubsidy({ regular_unit_price: 12345, sale_unit_price: 9999, quantity: 3, discount_bearer: "split", maker_share_percent: 33 })).toBe(4715)
    expect(campaignSubsidy({ regular_unit_price: 12345, sale_unit_price: 9999, quantity: 3, discount_bearer: "maker" })).toBe(0)
    expect(() => campaignSubsidy({ regular_unit_price: 100, sale_unit_price: 90, quantity: 1, discount_bearer: "split", maker_share_percent: 101 })).toThrow()
  })

  it("lands with the sale at 구매확정, without a fee, and nothing before", () => {
    expect(moneyEvents({ sales: [sale()], parcels: [parcel({ status: "shipped", confirmed_at: null })], adjustments: [] })).toEqual([])
    const events = moneyEvents({ sales: [sale()], parcels: [parcel()], adjustments: [] })
    const [s] = buildDraftStatements({ events, cycleOf: monthly, locked: [], now: kst("2026-11-25T00:00:00") })
    expect(s.lines.map((l) => [l.kind, l.key, l.amount])).toEqual([
      ["sale", "sale:li_1:mkr_a", 29997], ["fee", "fee:sale:li_1:mkr_a", -2999], ["subsidy", "subsidy:li_1:mkr_a", 7038],
    ])
    expect(s.lines[2].label).toBe("특판 할인 보전: 전장김 특판")
    // 판매금액 + 배송비 + 특판 할인 보전 − 환불 − 수수료; 순매출 stays what the customer paid
    expect(s.totals).toMatchObject({ sales_amount: 29997, subsidy_amount: 7038, fee_amount: -2999, net_sales_amount: 29997, net_amount: 34036, payout_amount: 34036 })
  })
})

describe("특판 할인 보전: refunds give back cumulatively", () => {
  it("a partial cancel and a later return give back exactly, down to nothing", () => {
    const cancel = adjustment()
    const back = adjustment({ id: "adj_2", kind: "return", amount: -19998, occurred_at: kst("2026-12-02T09:00:00"), recorded_at: kst("2026-12-02T09:00:00") })
    const events = moneyEvents({ sales: [sale()], parcels: [parcel()], adjustments: [cancel, back] })
    const of = (key: string) => events.find((e) => e.key === key)?.amount
    // after the cancel 19,998 of 29,997 is left: floor(7,038 × 19,998 / 29,997) = 4,692 → 2,346 back
    expect(of("subsidy:refund:adj_1")).toBe(subsidyOf(full, 29997, 19998) - full)
    expect(of("subsidy:refund:adj_1")).toBe(-2346)
    expect(of("subsidy:refund:adj_2")).toBe(-4692)
    expect(subsidyTotal(events)).toBe(0)
    // the canceled part counts at the confirmation (it reduced what was confirmed), the return in December
    const drafts = buildDraftStatements({ events, cycleOf: monthly, locked: [], now: kst("2026-12-05T00:00:00") })
    expect(drafts.map((d) => [d.period_code, d.totals.subsidy_amount])).toEqual([["2026-11", 4692], ["2026-12", -4692]])
  })

  it("a line cut over two periods, the first locked, sums to subsidy_of(final net) and the locked line never moves", () => {
    const sources = { sales: [sale({ amount: 10001, quantity: 7, subsidy: 3333 })], parcels: [parcel()] }
    const first = adjustment({ amount: -4999, occurred_at: kst("2026-11-22T09:00:00"), recorded_at: kst("2026-11-22T09:00:00") })
    const november = moneyEvents({ ...sources, adjustments: [first] })
    const [draft] = buildDraftStatements({ events: november, cycleOf: monthly, locked: [], now: kst("2026-11-30T00:00:00") })
    const locked: LockedStatement[] = [{ maker_id: "mkr_a", period_code: "2026-11", line_keys: draft.lines.map((l) => l.key), balance_amount: draft.totals.balance_amount }]
    // a second refund recorded later but dated inside the locked month: it lands in December
    const second = adjustment({ id: "adj_2", amount: -3001, occurred_at: kst("2026-11-25T09:00:00"), recorded_at: kst("2026-12-03T09:00:00") })
    const all = moneyEvents({ ...sources, adjustments: [first, second] })
    expect(all.find((e) => e.key === "subsidy:refund:adj_1")?.amount).toBe(november.find((e) => e.key === "subsidy:refund:adj_1")?.amount)
    const [december] = buildDraftStatements({ events: all, cycleOf: monthly, locked, now: kst("2026-12-05T00:00:00") })
    expect(december.period_code).toBe("2026-12")
    expect(december.lines.map((l) => l.kind)).toEqual(["adjustment", "fee", "subsidy"])
    expect(draft.totals.subsidy_amount + december.totals.subsidy_amount).toBe(subsidyOf(3333, 10001, 10001 - 4999 - 3001))
    expect(subsidyOf(3333, 10001, 2001)).toBe(666) // floor(666.86…)
  })
})
