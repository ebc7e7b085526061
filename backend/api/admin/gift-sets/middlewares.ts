import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateKoreanBody } from "../../utils/validate-korean-body"
import { AdminSetKitComposition } from "./validators"

export const adminGiftSetsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/gift-sets/:variant_id/composition",
    middlewares: [validateKoreanBody(AdminSetKitComposition)],
  },
]
