import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceContext,
  CreateFulfillmentResult,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService } from "@medusajs/framework/utils"
import { computeMakerShipping, type ProductShippingPolicies, type ShippingLine } from "../../lib/shipping/per-maker-fee"
import { MAKER_SHIPPING_CONTEXT_KEY } from "./context"

/**
 * 업체별 배송 (provider id `maker-shipping_maker-shipping`): one calculated parcel option whose
 * price is the sum of every maker's parcel fee. A provider cannot query other modules, so the
 * product → maker policies arrive in the pricing context (workflows/hooks/maker-shipping-context.ts);
 * the cart's items come with it. Parcels are handed over by the makers themselves, so creating a
 * fulfillment records nothing outside Medusa.
 */
export default class MakerShippingProviderService extends AbstractFulfillmentProviderService {
  static identifier = "maker-shipping"

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [
      { id: "maker-shipping", name: "택배 (업체별 배송)" },
      { id: "maker-shipping-return", name: "반품 택배", is_return: true },
    ]
  }

  async validateOption(): Promise<boolean> {
    return true
  }

  async validateFulfillmentData(_optionData: Record<string, unknown>, data: Record<string, unknown>) {
    return data
  }

  async canCalculate(): Promise<boolean> {
    return true
  }

  async calculatePrice(
    _optionData: Record<string, unknown>,
    _data: Record<string, unknown>,
    context: CalculateShippingOptionPriceContext
  ): Promise<CalculatedShippingOptionPrice> {
    const policies = (context[MAKER_SHIPPING_CONTEXT_KEY] ?? {}) as ProductShippingPolicies
    const lines = (context.items ?? []) as unknown as ShippingLine[]
    const { shipping_total } = computeMakerShipping(lines, policies)
    // Fees are retail amounts like every price in the shop: VAT included.
    return { calculated_amount: shipping_total, is_calculated_price_tax_inclusive: true }
  }

  async createFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}
