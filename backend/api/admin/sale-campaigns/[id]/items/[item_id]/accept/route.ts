import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideProposal } from "../../../../decide"
import { campaignDetail } from "../../../../load"

/** Accepts a maker's proposal; a published campaign is re-priced at once. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await decideProposal(req, "accepted", null)
  res.json({ campaign: await campaignDetail(req) })
}
