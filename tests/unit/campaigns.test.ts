import { describe, expect, it } from "vitest"
import { formatSeoulDateTime, parseSeoulDateTime } from "../../backend/lib/dates/seoul-datetime"
import { campaignPhase, windowsOverlap } from "../../backend/modules/campaigns/utils/campaign-phase"
import { salePrice } from "../../backend/modules/campaigns/utils/sale-price"
import { campaignResultsCsv, summarizeCampaignSales } from "../../backend/modules/campaigns/utils/summarize-campaign-sales"
import { buildCampaignSales } from "../../backend/workflows/campaigns/build-campaign-sales"
import { isStaleCampaignPrice } from "../../backend/workflows/campaigns/live-campaign-prices"
import { planCampaignPrices } from "../../backend/workflows/campaigns/plan-campaign-prices"
import type { CampaignProduct } from "../../backend/workflows/campaigns/read-campaign-products"

describe("campaign windows in Seoul time", () => {
  it("reads YYYY-MM-DDTHH:mm as Korean wall-clock time and ISO with an offset as given", () => {
    expect(parseSeoulDateTime("2024-05-03T10:00")!.toISOString()).toBe("2024-05-03T01:00:00.000Z")
    expect(parseSeoulDateTime("2024-05-03T17:00:30")!.toISOString()).toBe("2024-05-03T08:00:30.000Z")
    expect(parseSeoulDateTime("2024-05-03T10:00:00+09:00")!.toISOString()).toBe("2024-05-03T01:00:00.000Z")
    expect(parseSeoulDateTime("2024-05-03T01:00:00.000Z")!.toISOString()).toBe("2024-05-03T01:00:00.000Z")
    expect(parseSeoulDateTime("2024-05-03T00:30")!.toISOString()).toBe("2024-05-02T15:30:00.000Z")
  })

  it("refuses impossible dates and local times with fractions of a second", () => {
    for (const bad of ["2024-02-30T10:00", "2024-05-03T24:00", "2024-05-03", "5월 3일 10시", "2024-05-03T10:00:00.000", ""]) {
      expect(parseSeoulDateTime(bad)).toBeNull()
    }
  })

  it("shows an instant in Seoul time", () => {
    expect(formatSeoulDateTime(new Date("2024-05-03T08:00:00Z"))).toBe("2024-05-03 17:00")
  })

  it("derives 예정 / 진행 중 / 종료 from a half-open window", () => {
    const w = { starts_at: "2024-05-03T01:00:00Z", ends_at: "2024-05-03T08:00:00Z" }
    expect(campaignPhase(w, new Date("2024-05-03T00:59:59Z"))).toBe("upcoming")
    expect(campaignPhase(w, new Date("2024-05-03T01:00:00Z"))).toBe("live")
    expect(campaignPhase(w, new Date("2024-05-03T07:59:59Z"))).toBe("live")
    expect(campaignPhase(w, new Date("2024-05-03T08:00:00Z"))).toBe("ended")
  })

  it("treats back-to-back windows as not overlapping", () => {
    const a = { starts_at: "2024-05-03T01:00:00Z", ends_at: "2024-05-03T08:00:00Z" }
    expect(windowsOverlap(a, { starts_at: "2024-05-03T08:00:00Z", ends_at: "2024-05-04T00:00:00Z" })).toBe(false)
    expect(windowsOverlap(a, { starts_at: "2024-05-03T07:59:00Z", ends_at: "2024-05-04T00:00:00Z" })).toBe(true)
    expect(windowsOverlap(a, { starts_at: "2024-05-02T00:00:00Z", ends_at: "2024-05-03T01:00:00Z" })).toBe(false)
  })
})

describe("sale prices are whole won", () => {
  it("rounds a percentage down to the won", () => {
    expect(salePrice(2_999, { discount_type: "percent", discount_value: 20 })).toEqual({ price: 2_399 }) // 2,399.2
    expect(salePrice(11_999, { discount_type: "percent", discount_value: 15 })).toEqual({ price: 10_199 }) // 10,199.15
    expect(salePrice(20_000, { discount_type: "percent", discount_value: 20 })).toEqual({ price: 16_000 })
    expect(salePrice(1, { discount_type: "percent", discount_value: 50 })).toHaveProperty("error")
  })

  it("refuses a discount of 0, 100% or more, fractions, and a 특판가 not below the price", () => {
    for (const discount_value of [0, 100, 150, -5, 12.5]) expect(salePrice(5_000, { discount_type: "percent", discount_value })).toHaveProperty("error")
    for (const discount_value of [5_000, 6_000, 0, 1999.5]) expect(salePrice(5_000, { discount_type: "fixed_price", discount_value })).toHaveProperty("error")
    expect(salePrice(5_000, { discount_type: "fixed_price", discount_value: 3_900 })).toEqual({ price: 3_900 })
  })
})

describe("planning a campaign's prices", () => {
  const product = (id: string, status = "active", prices = [3_000, 5_000]): CampaignProduct => ({
    id,
    title: `상품 ${id}`,
    handle: id,
    maker: { id: `mkr_${id}`, name: `만든 곳 ${id}`, status },
    variants: prices.map((p, i) => ({ id: `${id}_v${i}`, title: `옵션 ${i}`, price_set_id: `ps_${id}_${i}`, regular_price: p })),
  })
  const products = new Map([["a", product("a")], ["s", product("s", "suspended")]])

  it("prices every variant of an accepted item and skips proposals", () => {
    const { rows, errors } = planCampaignPrices(
      [{ product_id: "a", discount_type: "percent", discount_value: 10 }],
      products
    )
    expect(errors).toEqual([])
    expect(rows.map((r) => [r.variant_id, r.regular_price, r.sale_price])).toEqual([["a_v0", 3_000, 2_700], ["a_v1", 5_000, 4_500]])
    expect(planCampaignPrices([{ product_id: "a", discount_type: "percent", discount_value: 10, state: "proposed" }], products).rows).toEqual([])
  })

  it("names unknown products, suspended makers, doubles and a 특판가 above one variant's price", () => {
    const { errors } = planCampaignPrices(
      [
        { product_id: "x", discount_type: "percent", discount_value: 10 },
        { product_id: "s", discount_type: "percent", discount_value: 10 },
        { product_id: "a", discount_type: "fixed_price", discount_value: 4_000 },
        { product_id: "a", discount_type: "percent", discount_value: 10 },
      ],
      products
    )
    expect(errors).toHaveLength(4)
    expect(errors.join(" ")).toMatch(/찾을 수 없습니다.*판매 중지.*정가 3,000원보다 낮아야.*두 번/)
  })
})

describe("campaign sales and results", () => {
  const price = { campaign_id: "cmp_1", product_id: "prod_1", maker_id: "mkr_a", discount_bearer: "maker" as const, starts_at: new Date("2024-05-03T01:00:00Z"), ends_at: new Date("2024-05-03T08:00:00Z"), sale_price: 2_399, regular_price: 2_999 }

  it("records only lines at the campaign price inside its window, with whole-won line totals", () => {
    const order = {
      id: "order_1",
      created_at: "2024-05-03T02:00:00Z",
      items: [
        { id: "l1", product_id: "p1", variant_id: "v1", title: "김자반", quantity: 3, unit_price: 2_399, total: 7_196.6 },
        { id: "l2", product_id: "p1", variant_id: "v1", title: "김자반", quantity: 1, unit_price: 2_999, total: 2_999.4 },
        { id: "l3", product_id: "p2", variant_id: "v2", title: "청", quantity: 1, unit_price: 100, total: 100 },
      ],
    }
    const rows = buildCampaignSales(order, (v) => (v === "v1" ? [price] : []))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ line_item_id: "l1", quantity: 3, sale_unit_price: 2_399, regular_unit_price: 2_999, campaign_id: "cmp_1" })
    expect(Number.isInteger(rows[0].line_total)).toBe(true)
    expect(buildCampaignSales({ ...order, created_at: "2024-05-03T08:00:00Z" }, () => [price])).toEqual([])
  })

  it("adds makers up to the totals", () => {
    const line = (order_id: string, maker_id: string, product_id: string, quantity: number, line_total: number) =>
      ({ order_id, maker_id, product_id, product_title: product_id, quantity, regular_unit_price: 1_000, sale_unit_price: 800, line_total })
    const results = summarizeCampaignSales(
      [line("o1", "a", "p1", 2, 1_600), line("o1", "b", "p2", 1, 800), line("o2", "a", "p1", 1, 790)],
      (id) => `만든 곳 ${id}`
    )
    expect(results.totals).toEqual({ orders: 2, units: 4, revenue: 3_190, discount: 800 })
    expect(results.makers.map((m) => [m.maker_id, m.orders, m.units, m.revenue])).toEqual([["a", 2, 3, 2_390], ["b", 1, 1, 800]])
    const csv = campaignResultsCsv(results)
    expect(csv.startsWith("\uFEFF구분,")).toBe(true)
    expect(csv).toContain("합계,,,2,4,3190,800")
  })

  it("keeps spreadsheet formulas out of the CSV", () => {
    const csv = campaignResultsCsv({ makers: [{ maker_id: "m", maker_name: "=HYPERLINK(1)", orders: 1, units: 1, revenue: 1, discount: 0 }], products: [], totals: { orders: 1, units: 1, revenue: 1, discount: 0 } })
    expect(csv).toContain("'=HYPERLINK(1)")
  })

  it("finds a cart line whose campaign price is not true now", () => {
    const now = new Date("2024-05-03T02:00:00Z")
    expect(isStaleCampaignPrice(2_999, [price], now)).toBe(true) // added before the start
    expect(isStaleCampaignPrice(2_399, [price], now)).toBe(false)
    const after = new Date("2024-05-03T08:00:00Z")
    expect(isStaleCampaignPrice(2_399, [price], after)).toBe(true) // added before the end
    expect(isStaleCampaignPrice(2_999, [price], after)).toBe(false)
  })
})
