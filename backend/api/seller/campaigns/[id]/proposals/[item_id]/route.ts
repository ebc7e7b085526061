import type { MedusaResponse } from "@medusajs/framework/http"
import { withdrawCampaignProposalWorkflow } from "../../../../../../workflows/campaigns/workflows/withdraw-campaign-proposal"
import { findOwnCampaignItemOr404, findSellerCampaignOr404 } from "../../../../scope"
import type { SellerRequest } from "../../../../types"

/** DELETE /seller/campaigns/:id/proposals/:item_id — withdraw an own proposal staff have not decided yet. */
export async function DELETE(req: SellerRequest, res: MedusaResponse) {
  await findSellerCampaignOr404(req, req.params.id)
  await findOwnCampaignItemOr404(req, req.params.id, req.params.item_id)
  await withdrawCampaignProposalWorkflow(req.scope).run({ input: { item_id: req.params.item_id } })
  res.json({ id: req.params.item_id, object: "campaign_proposal", deleted: true })
}
