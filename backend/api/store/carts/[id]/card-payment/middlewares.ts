import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateKoreanBody } from "../../../../utils/validate-korean-body"
import { StoreCheckCardPayment } from "./validators"

export const storeCartCardPaymentMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts/:id/card-payment", middlewares: [validateKoreanBody(StoreCheckCardPayment)] },
]
