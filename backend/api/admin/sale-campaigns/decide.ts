import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateCampaignWorkflow } from "../../../workflows/campaigns/workflows/update-campaign"
import { loadCampaign } from "./load"

/**
 * Staff's accept/decline of one maker proposal, through the update workflow: the campaign is
 * checked as it will be (an accepted item must price and must not overlap another published
 * campaign: Korean 400) and a published campaign is re-priced in the same run.
 */
export async function decideProposal(req: AuthenticatedMedusaRequest, state: "accepted" | "declined", reason: string | null) {
  const campaign = await loadCampaign(req)
  const item = (campaign.items ?? []).find((i) => i.id === req.params.item_id)
  if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, `참여 신청을 찾을 수 없습니다: ${req.params.item_id}`)
  if (item.state !== "proposed") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, item.state === "accepted" ? "이미 승인된 상품입니다" : "이미 거절한 신청입니다. 다시 받으려면 만든 곳이 다시 신청해야 합니다")
  }
  await updateCampaignWorkflow(req.scope).run({ input: { id: campaign.id, data: {}, decide: { item_id: item.id, state, reason } } })
}
