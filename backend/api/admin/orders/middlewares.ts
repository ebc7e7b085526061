import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rejectAnyBody } from "../../utils/no-body"

export const adminOrdersMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/orders/:id/revoke-access", middlewares: [rejectAnyBody] },
]
