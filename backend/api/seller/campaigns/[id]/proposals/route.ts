import type { MedusaResponse } from "@medusajs/framework/http"
import { proposeCampaignItemsWorkflow } from "../../../../../workflows/campaigns/workflows/propose-campaign-items"
import { findSellerCampaignOr404, sellerOf } from "../../../scope"
import type { SellerRequest } from "../../../types"
import type { SellerProposeCampaignItemsType } from "../../validators"

/**
 * POST /seller/campaigns/:id/proposals — propose own products on sale with a discount while the
 * call is open. They wait (대기) for staff; nothing is priced until accepted.
 */
export async function POST(req: SellerRequest<SellerProposeCampaignItemsType>, res: MedusaResponse) {
  const { maker_id } = sellerOf(req)
  await proposeCampaignItemsWorkflow(req.scope).run({ input: { campaign_id: req.params.id, maker_id, items: req.validatedBody.items } })
  res.status(201).json({ campaign: await findSellerCampaignOr404(req, req.params.id) })
}
