import type { MedusaNextFunction, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateKoreanBody } from "../../utils/validate-korean-body"
import { findSellerCampaignOr404 } from "../scope"
import type { SellerRequest } from "../types"
import { SellerProposeCampaignItems } from "./validators"

/**
 * Runs before the body is validated, so a campaign the maker may not see is a 404 whatever the
 * body says (a 400 about the body would tell that the campaign exists).
 */
async function requireVisibleCampaign(req: SellerRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  await findSellerCampaignOr404(req, req.params.id)
  next()
}

/** 판매자센터 특판전 참여 (the guard on /seller runs before these). */
export const sellerCampaignsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/seller/campaigns/:id/proposals", middlewares: [requireVisibleCampaign, validateKoreanBody(SellerProposeCampaignItems)] },
]
