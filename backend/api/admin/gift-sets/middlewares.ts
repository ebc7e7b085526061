import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminSetKitComposition } from "./validators"

export const adminGiftSetsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/gift-sets/:variant_id/composition",
    middlewares: [validateAndTransformBody(AdminSetKitComposition)],
  },
]
