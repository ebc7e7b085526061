import type { MedusaResponse } from "@medusajs/framework/http"
import { sellerCampaigns } from "../scope"
import type { SellerRequest } from "../types"

/** GET /seller/campaigns — open 참여 신청 calls and the campaigns this maker has items in, with its own items only. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const campaigns = await sellerCampaigns(req)
  res.json({ campaigns, count: campaigns.length })
}
