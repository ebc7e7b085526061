import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCampaignWorkflow } from "../../../../workflows/campaigns/workflows/delete-campaign"
import { updateCampaignWorkflow } from "../../../../workflows/campaigns/workflows/update-campaign"
import { campaignDetail, loadCampaign } from "../load"
import { normalizeCampaignFields } from "../normalize"
import type { AdminUpdateCampaignType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ campaign: await campaignDetail(req) })
}

/** Edits the fields; a published campaign is re-priced in the same workflow. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCampaignType>, res: MedusaResponse) {
  await loadCampaign(req)
  await updateCampaignWorkflow(req.scope).run({ input: { id: req.params.id, data: normalizeCampaignFields(req.validatedBody) } })
  res.json({ campaign: await campaignDetail(req) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await loadCampaign(req)
  await deleteCampaignWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "campaign", deleted: true })
}
