import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateKoreanBody } from "../../utils/validate-korean-body"
import { validateKoreanQuery } from "../../utils/validate-korean-query"
import { AdminApproveListing, AdminCountListingApprovalsQuery, AdminListListingApprovalsQuery, AdminRejectListing } from "./validators"

export const adminListingApprovalsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/listing-approvals", middlewares: [validateKoreanQuery(AdminListListingApprovalsQuery)] },
  { method: ["GET"], matcher: "/admin/listing-approvals/count", middlewares: [validateKoreanQuery(AdminCountListingApprovalsQuery)] },
  { method: ["POST"], matcher: "/admin/listing-approvals/:id/approve", middlewares: [validateKoreanBody(AdminApproveListing)] },
  { method: ["POST"], matcher: "/admin/listing-approvals/:id/reject", middlewares: [validateKoreanBody(AdminRejectListing)] },
]
