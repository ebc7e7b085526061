import type { CalculateShippingOptionPriceContext } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { MAKER_SHIPPING_CONTEXT_KEY } from "../../backend/modules/maker-shipping/context"
import MakerShippingProviderService from "../../backend/modules/maker-shipping/service"

const provider = new MakerShippingProviderService()
const gim = { id: "mkr_gim", handle: "naechingu-gim", name: "내친구김" }
const context = (items: unknown[], policies: unknown) =>
  ({ items, [MAKER_SHIPPING_CONTEXT_KEY]: policies }) as unknown as CalculateShippingOptionPriceContext

describe("maker-shipping provider", () => {
  it("is a calculated provider identified as maker-shipping", async () => {
    expect(MakerShippingProviderService.identifier).toBe("maker-shipping")
    expect(await provider.canCalculate()).toBe(true)
  })

  it("prices the option as the sum of the makers' parcel fees, VAT included", async () => {
    const policies = { prod_a: { maker: gim, base_fee: 3000, free_shipping_threshold: 30000 } }
    const items = [
      { id: "li_1", product_id: "prod_a", unit_price: 3000, quantity: 2 },
      { id: "li_2", product_id: "prod_without_maker", unit_price: 5000, quantity: 1 },
    ]
    expect(await provider.calculatePrice({}, {}, context(items, policies))).toEqual({
      calculated_amount: 6000,
      is_calculated_price_tax_inclusive: true,
    })
    items[0].quantity = 10
    expect((await provider.calculatePrice({}, {}, context(items, policies))).calculated_amount).toBe(3000)
  })

  it("without policies in the context every line ships on the store default, never for free below it", async () => {
    const items = [{ id: "li_1", product_id: "prod_a", unit_price: 1000, quantity: 1 }]
    expect((await provider.calculatePrice({}, {}, context(items, undefined))).calculated_amount).toBe(3000)
    expect((await provider.calculatePrice({}, {}, context([], {}))).calculated_amount).toBe(0)
  })
})
