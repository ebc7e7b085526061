import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateKoreanQuery } from "../../utils/validate-korean-query"
import { enforceCampaignLimits } from "./enforce-customer-limits"
import { refreshCartCampaignPrices, refuseStaleCampaignPrices } from "./refresh-cart-campaign-prices"
import { StoreCampaignQuery, StoreListCampaignsQuery } from "./validators"

/**
 * The public 특판전 pages' API, and the cart checks that keep lines at the campaigns' current
 * prices and within their 1인 한도.
 */
export const storeCampaignsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/campaigns", middlewares: [validateKoreanQuery(StoreListCampaignsQuery)] },
  { method: ["GET"], matcher: "/store/campaigns/:handle", middlewares: [validateKoreanQuery(StoreCampaignQuery)] },
  { method: ["GET"], matcher: "/store/carts/:id", middlewares: [refreshCartCampaignPrices] },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [refuseStaleCampaignPrices, enforceCampaignLimits] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [enforceCampaignLimits] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [enforceCampaignLimits] },
]
