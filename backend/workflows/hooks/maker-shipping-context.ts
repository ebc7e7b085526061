import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  calculateShippingOptionsPricesWorkflow,
  listShippingOptionsForCartWithPricingWorkflow,
} from "@medusajs/medusa/core-flows"
import { MAKER_SHIPPING_CONTEXT_KEY } from "../../modules/maker-shipping/context"
import { loadCartShippingLines, loadShippingPolicies } from "../shipping/load-shipping-policies"

// Prices of calculated shipping options are computed by their provider, which sees the cart and
// its items but cannot query makers. These hooks hand it the product → maker policies whenever a
// cart's shipping is priced: listing options with prices, adding a method and refreshing methods
// after any cart change (list-with-pricing), and the Store API's
// POST /store/shipping-options/:id/calculate (calculate-prices). So the 업체별 배송 fee always
// follows the cart's current lines.
async function makerShippingContext({ input }: { input: { cart_id: string } }, { container }: { container: MedusaContainer }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const cart = await loadCartShippingLines(query, input.cart_id)
  const policies = await loadShippingPolicies(query, cart?.lines.map((l) => l.product_id) ?? [])
  return new StepResponse({ [MAKER_SHIPPING_CONTEXT_KEY]: policies })
}

listShippingOptionsForCartWithPricingWorkflow.hooks.setCalculatedShippingPricingContext(makerShippingContext)
calculateShippingOptionsPricesWorkflow.hooks.setCalculatedShippingPricingContext(makerShippingContext)
