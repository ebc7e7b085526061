import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideProposal } from "../../../../decide"
import { campaignDetail } from "../../../../load"
import type { AdminDeclineCampaignItemType } from "../../../../validators"

/** Declines a maker's proposal, with an optional reason the maker sees in 판매자센터. */
export async function POST(req: AuthenticatedMedusaRequest<AdminDeclineCampaignItemType>, res: MedusaResponse) {
  await decideProposal(req, "declined", req.validatedBody.reason || null)
  res.json({ campaign: await campaignDetail(req) })
}
