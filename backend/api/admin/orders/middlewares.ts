import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rejectAnyBody } from "../../utils/no-body"
import { validateKoreanBody } from "../../utils/validate-korean-body"
import { AdminMakerReturn } from "./[id]/maker-returns/validators"

export const adminOrdersMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/orders/:id/revoke-access", middlewares: [rejectAnyBody] },
  { method: ["POST"], matcher: "/admin/orders/:id/maker-returns", middlewares: [validateKoreanBody(AdminMakerReturn)] },
  { method: ["POST"], matcher: "/admin/orders/:id/bank-refunds/:refund_id/mark-refunded", middlewares: [rejectAnyBody] },
]
