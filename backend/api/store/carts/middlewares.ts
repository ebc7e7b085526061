import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateKoreanBody } from "../../utils/validate-korean-body"
import { checkCartInput, checkCustomerAddressInput } from "./check-checkout-input"
import { holdCartStock } from "./hold-cart-stock"
import { koreanCheckoutErrors } from "./korean-checkout-errors"
import { StoreSetOrderDetails } from "./validators"

// Wildcard matchers are sorted ahead of Medusa's own static and :param middlewares, so these
// Korean checks run before its validators (which would answer in English), and Medusa's stock and
// completion errors are answered in Korean.
export const storeCheckoutMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts*", middlewares: [koreanCheckoutErrors, checkCartInput] },
  { method: ["POST"], matcher: "/store/customers/me/addresses*", middlewares: [checkCustomerAddressInput] },
  { method: ["POST"], matcher: "/store/carts/:id/order-details", middlewares: [validateKoreanBody(StoreSetOrderDetails)] },
  // completions of the same stock one at a time, each only with the stock there (hold-cart-stock.ts)
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [holdCartStock] },
]
