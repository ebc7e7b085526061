import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rejectAnyBody } from "../../utils/no-body"
import { validateKoreanBody } from "../../utils/validate-korean-body"
import { validateKoreanQuery } from "../../utils/validate-korean-query"
import {
  AdminAcceptCampaignItem,
  AdminCampaignProductSearchQuery,
  AdminCampaignResultsQuery,
  AdminCreateCampaign,
  AdminDeclineCampaignItem,
  AdminListCampaignsQuery,
  AdminSetCampaignItems,
  AdminUpdateCampaign,
} from "./validators"

/** Validation for the 특판전 admin routes, in Korean. */
export const adminCampaignsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/sale-campaigns", middlewares: [validateKoreanQuery(AdminListCampaignsQuery)] },
  { method: ["POST"], matcher: "/admin/sale-campaigns", middlewares: [validateKoreanBody(AdminCreateCampaign)] },
  { method: ["GET"], matcher: "/admin/sale-campaigns/product-search", middlewares: [validateKoreanQuery(AdminCampaignProductSearchQuery)] },
  { method: ["POST"], matcher: "/admin/sale-campaigns/:id", middlewares: [validateKoreanBody(AdminUpdateCampaign)] },
  { method: ["POST"], matcher: "/admin/sale-campaigns/:id/items", middlewares: [validateKoreanBody(AdminSetCampaignItems)] },
  { method: ["POST"], matcher: "/admin/sale-campaigns/:id/items/:item_id/accept", middlewares: [validateKoreanBody(AdminAcceptCampaignItem)] },
  { method: ["POST"], matcher: "/admin/sale-campaigns/:id/items/:item_id/decline", middlewares: [validateKoreanBody(AdminDeclineCampaignItem)] },
  { method: ["POST"], matcher: "/admin/sale-campaigns/:id/publish", middlewares: [rejectAnyBody] },
  { method: ["POST"], matcher: "/admin/sale-campaigns/:id/unpublish", middlewares: [rejectAnyBody] },
  { method: ["GET"], matcher: "/admin/sale-campaigns/:id/results", middlewares: [validateKoreanQuery(AdminCampaignResultsQuery)] },
]
