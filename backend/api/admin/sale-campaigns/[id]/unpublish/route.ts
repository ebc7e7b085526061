import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unpublishCampaignWorkflow } from "../../../../../workflows/campaigns/workflows/unpublish-campaign"
import { campaignDetail, loadCampaign } from "../../load"

/** Back to draft: the price list is retired and the campaign prices stop at once. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await loadCampaign(req)
  await unpublishCampaignWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ campaign: await campaignDetail(req) })
}
