import { describe, expect, it } from "vitest"
import { limitExcesses, limitMessage, type CampaignLimit } from "../../backend/modules/campaigns/utils/customer-limits"

const limit = (product_id: string, n: number): CampaignLimit => ({
  product_id,
  title: `상품 ${product_id}`,
  limit: n,
  campaign_id: "cmp_1",
  starts_at: new Date("2026-12-01T01:00:00Z"),
  ends_at: new Date("2026-12-02T01:00:00Z"),
})

describe("특판전 1인 한도", () => {
  it("counts the cart's units plus what was bought in the window, per product", () => {
    const limits = [limit("a", 2), limit("b", 5)]
    expect(limitExcesses(limits, new Map([["a", 2]]), new Map())).toEqual([])
    expect(limitExcesses(limits, new Map([["a", 1]]), new Map([["a", 1]]))).toEqual([])
    expect(limitExcesses(limits, new Map([["a", 1]]), new Map([["a", 2]]))).toEqual([{ product_id: "a", title: "상품 a", limit: 2, bought: 2, wanted: 1 }])
    expect(limitExcesses(limits, new Map([["b", 6]]), new Map([["a", 9]])).map((e) => e.product_id)).toEqual(["b"])
  })

  it("leaves a product the cart does not want alone, however much was bought", () => {
    expect(limitExcesses([limit("a", 1)], new Map([["c", 10]]), new Map([["a", 5]]))).toEqual([])
  })

  it("says the limit, and what is left when something was bought", () => {
    expect(limitMessage({ product_id: "a", title: "김자반", limit: 2, bought: 0, wanted: 3 })).toBe("「김자반」 상품은 특판전 기간에 1인 2개까지 살 수 있습니다.")
    expect(limitMessage({ product_id: "a", title: "김자반", limit: 3, bought: 2, wanted: 2 })).toContain("이미 2개 구매하셔서 1개 더")
  })
})
