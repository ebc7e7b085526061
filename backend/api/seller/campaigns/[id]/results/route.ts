import type { MedusaResponse } from "@medusajs/framework/http"
import { sellerCampaignResults } from "../../../scope"
import type { SellerRequest } from "../../../types"

/** GET /seller/campaigns/:id/results — the campaign's results counting this maker's sales only (per product, totals). */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json(await sellerCampaignResults(req, req.params.id))
}
