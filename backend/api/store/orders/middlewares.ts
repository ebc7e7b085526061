import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreOrderLookup } from "../order-lookup/validators"
import { rejectAnyBody } from "../../utils/no-body"
import { validateKoreanBody } from "../../utils/validate-korean-body"
import { ownOrderOnly } from "./own-order-only"
import { StoreOrderCancel } from "./[id]/cancel/validators"
import { StoreOrderAccessQuery } from "./validators"

const customerIfAny = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeOrderAccessMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/order-lookup", middlewares: [validateKoreanBody(StoreOrderLookup)] },
  { method: ["GET"], matcher: "/store/orders/:id", middlewares: [customerIfAny, ownOrderOnly] },
  {
    method: ["GET"],
    matcher: "/store/orders/:id/details",
    middlewares: [customerIfAny, validateAndTransformQuery(StoreOrderAccessQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/orders/:id/purchase-certificate",
    middlewares: [customerIfAny, validateAndTransformQuery(StoreOrderAccessQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/orders/:id/parcels",
    middlewares: [customerIfAny, validateAndTransformQuery(StoreOrderAccessQuery, {})],
  },
  { method: ["POST"], matcher: "/store/orders/:id/parcels/:parcel_id/confirm", middlewares: [customerIfAny, rejectAnyBody] },
  { method: ["POST"], matcher: "/store/orders/:id/cancel", middlewares: [customerIfAny, validateKoreanBody(StoreOrderCancel)] },
]
