import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"
import { MAKER_SHIPPING_CONTEXT_KEY } from "../../modules/maker-shipping/context"
import { loadCartShippingLines, loadShippingPolicies } from "../shipping/load-shipping-policies"

// Prices of calculated shipping options are computed by their provider, which sees the cart and
// its items but cannot query makers. This hook runs whenever a cart's shipping is priced (listing
// options, adding a method, and refreshing methods after any cart change), so the 업체별 배송 fee
// always follows the cart's current lines.
listShippingOptionsForCartWithPricingWorkflow.hooks.setCalculatedShippingPricingContext(
  async ({ input }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const cart = await loadCartShippingLines(query, input.cart_id)
    const policies = await loadShippingPolicies(query, cart?.lines.map((l) => l.product_id) ?? [])
    return new StepResponse({ [MAKER_SHIPPING_CONTEXT_KEY]: policies })
  }
)
