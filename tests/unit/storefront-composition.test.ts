import { describe, expect, it } from "vitest"
import {
  bulkPriceRows,
  componentLabel,
  hasCompositionDetails,
  type CompositionComponent,
  type VariantComposition,
} from "../../storefront/lib/util/composition"
import { isSoldOut, stockLabel, stockStatus } from "../../storefront/lib/util/stock"

const component = (over: Partial<CompositionComponent> = {}): CompositionComponent => ({
  quantity: 5,
  product_handle: "naechingu-gim-jeonjang",
  product_title: "내친구김 전장김",
  variant_title: "1봉",
  unit_price: 2000,
  maker: { handle: "naechingu-gim", name: "내친구김" },
  ...over,
})

describe("componentLabel", () => {
  it("names the product, its option and the quantity", () => {
    expect(componentLabel(component())).toBe("내친구김 전장김 1봉 × 5")
    expect(componentLabel(component({ quantity: 1000 }))).toBe("내친구김 전장김 1봉 × 1,000")
    expect(componentLabel(component({ product_title: "맛사랑 수제 과일청", variant_title: "레몬청 / 500g", quantity: 1 }))).toBe(
      "맛사랑 수제 과일청 레몬청 500g × 1"
    )
  })

  it("leaves out an empty or default option title", () => {
    expect(componentLabel(component({ variant_title: "", quantity: 1 }))).toBe("내친구김 전장김 × 1")
    expect(componentLabel(component({ variant_title: "Default", quantity: 2 }))).toBe("내친구김 전장김 × 2")
    expect(componentLabel(component({ product_title: "", variant_title: "", quantity: 3 }))).toBe("구성품 × 3")
  })
})

describe("bulkPriceRows", () => {
  it("starts with the base price from one unit, then each tier with its discount", () => {
    expect(bulkPriceRows(20000, [{ min_quantity: 100, amount: 17000 }, { min_quantity: 30, amount: 18000 }])).toEqual([
      { label: "1개 이상", min_quantity: 1, amount: 20000, discount_percent: 0 },
      { label: "30개 이상", min_quantity: 30, amount: 18000, discount_percent: 10 },
      { label: "100개 이상", min_quantity: 100, amount: 17000, discount_percent: 15 },
    ])
  })

  it("shows no table without a base price or without a cheaper tier above one unit", () => {
    expect(bulkPriceRows(20000, [])).toEqual([])
    expect(bulkPriceRows(null, [{ min_quantity: 30, amount: 18000 }])).toEqual([])
    expect(bulkPriceRows(20000, [{ min_quantity: 1, amount: 19000 }, { min_quantity: 30, amount: 20000 }])).toEqual([])
  })

  it("rounds the discount down so it never promises more than it gives", () => {
    expect(bulkPriceRows(5500, [{ min_quantity: 20, amount: 5200 }])[1]!.discount_percent).toBe(5)
  })
})

describe("hasCompositionDetails", () => {
  const composition = (over: Partial<VariantComposition>): VariantComposition => ({
    variant_id: "variant_1", sku: null, title: "1봉", price: 3000, tiers: [], components: [], maker_split: [], ...over,
  })

  it("has details when the variant is a kit or has a cheaper bulk price", () => {
    expect(hasCompositionDetails(composition({}))).toBe(false)
    expect(hasCompositionDetails(composition({ components: [component()] }))).toBe(true)
    expect(hasCompositionDetails(composition({ tiers: [{ min_quantity: 10, amount: 2800 }] }))).toBe(true)
  })
})

describe("stock", () => {
  it("says 구매 가능, 재고 N개 남음 (at most 10) or 품절", () => {
    const label = (inventory_quantity: number) => stockLabel(stockStatus({ inventory_quantity, manage_inventory: true })!)
    expect(label(11)).toBe("구매 가능")
    expect(label(10)).toBe("재고 10개 남음")
    expect(label(1)).toBe("재고 1개 남음")
    expect(label(0)).toBe("품절")
    expect(label(-2)).toBe("품절")
  })

  it("is always available when stock is not managed or backorders are allowed, unknown when not read", () => {
    expect(stockStatus({ inventory_quantity: 0, manage_inventory: false })).toEqual({ kind: "available" })
    expect(stockStatus({ inventory_quantity: 0, allow_backorder: true })).toEqual({ kind: "available" })
    expect(stockStatus({})).toBeNull()
  })

  it("calls a product sold out only when every variant is", () => {
    expect(isSoldOut([{ inventory_quantity: 0 }, { inventory_quantity: 0 }])).toBe(true)
    expect(isSoldOut([{ inventory_quantity: 0 }, { inventory_quantity: 3 }])).toBe(false)
    expect(isSoldOut([{}])).toBe(false)
    expect(isSoldOut([])).toBe(false)
    expect(isSoldOut(undefined)).toBe(false)
  })
})
