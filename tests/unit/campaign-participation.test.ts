import { describe, expect, it } from "vitest"
import { callOpen } from "../../backend/modules/campaigns/utils/campaign-phase"
import { readProposalForm } from "../../storefront/lib/util/seller-campaigns"

const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}

describe("참여 신청 call window", () => {
  const call = { call_starts_at: "2030-04-01T00:00:00Z", call_ends_at: "2030-04-02T00:00:00Z" }
  it("is open from its start up to (not at) its end, and never without a call", () => {
    expect(callOpen(call, new Date("2030-03-31T23:59:59Z"))).toBe(false)
    expect(callOpen(call, new Date("2030-04-01T00:00:00Z"))).toBe(true)
    expect(callOpen(call, new Date("2030-04-01T23:59:59Z"))).toBe(true)
    expect(callOpen(call, new Date("2030-04-02T00:00:00Z"))).toBe(false)
    expect(callOpen({ call_starts_at: null, call_ends_at: null }, new Date("2030-04-01T12:00:00Z"))).toBe(false)
  })
})

describe("proposal form", () => {
  it("reads a percent or a 특판가 in whole numbers, with an optional limit", () => {
    expect(readProposalForm(form({ product_id: "prod_1", discount_type: "percent", discount_value: "20%", per_customer_limit: "" }))).toEqual({
      ok: true,
      item: { product_id: "prod_1", discount_type: "percent", discount_value: 20, per_customer_limit: null },
    })
    expect(readProposalForm(form({ product_id: "prod_1", discount_type: "fixed_price", discount_value: "2,399원", per_customer_limit: "3" }))).toMatchObject({
      ok: true,
      item: { discount_value: 2399, per_customer_limit: 3 },
    })
  })
  it("refuses 0 or 100%, fractions and a missing product, in Korean", () => {
    const cases: Record<string, string>[] = [
      { product_id: "prod_1", discount_type: "percent", discount_value: "100" },
      { product_id: "prod_1", discount_type: "percent", discount_value: "0" },
      { product_id: "prod_1", discount_type: "fixed_price", discount_value: "1999.5" },
      { product_id: "", discount_type: "percent", discount_value: "10" },
      { product_id: "prod_1", discount_type: "percent", discount_value: "10", per_customer_limit: "0" },
    ]
    for (const bad of cases) {
      const read = readProposalForm(form(bad))
      expect(read.ok, JSON.stringify(bad)).toBe(false)
      if (!read.ok) for (const m of Object.values(read.errors)) expect(m).toMatch(/[가-힣]/)
    }
  })
})
