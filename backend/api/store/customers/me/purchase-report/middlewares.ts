import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateKoreanQuery } from "../../../../utils/validate-korean-query"
import { StorePurchaseReportQuery } from "./validators"

// Medusa's own "/store/customers/me*" middleware has already required a logged-in customer.
export const storePurchaseReportMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/customers/me/purchase-report", middlewares: [validateKoreanQuery(StorePurchaseReportQuery)] },
]
