import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateKoreanBody } from "../../../../utils/validate-korean-body"
import { StoreCartOrderAccess } from "./validators"

export const storeCartOrderAccessMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts/:id/order-access", middlewares: [validateKoreanBody(StoreCartOrderAccess)] },
]
