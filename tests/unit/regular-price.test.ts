import { describe, expect, it } from "vitest"
import { baseKrwPrice, regularKrwPrices } from "../../backend/lib/money/regular-price"

describe("regular (정가) prices", () => {
  const prices = [
    { amount: 2399, currency_code: "krw", min_quantity: null, price_list_id: "plist_sale" },
    { amount: 2999, currency_code: "krw", min_quantity: null, price_list_id: null },
    { amount: 2700, currency_code: "krw", min_quantity: 10, price_list_id: null },
    { amount: 3, currency_code: "usd", min_quantity: null, price_list_id: null },
  ]
  it("leaves a 특판전 price list's price out of the 정가, whatever its order in the price set", () => {
    expect(baseKrwPrice(prices)).toBe(2999)
    expect(baseKrwPrice([...prices].reverse())).toBe(2999)
  })
  it("keeps KRW tiers of no price list", () => {
    expect(regularKrwPrices(prices).map((p) => p.amount)).toEqual([2999, 2700])
  })
  it("has no 정가 when only a price list prices the variant", () => {
    expect(baseKrwPrice([prices[0]])).toBeUndefined()
  })
})
