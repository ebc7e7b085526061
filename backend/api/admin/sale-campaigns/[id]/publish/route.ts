import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publishCampaignWorkflow } from "../../../../../workflows/campaigns/workflows/publish-campaign"
import { campaignDetail, loadCampaign } from "../../load"

/** Publishes (or re-prices) the campaign: a Medusa `sale` price list for its window. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await loadCampaign(req)
  await publishCampaignWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ campaign: await campaignDetail(req) })
}
