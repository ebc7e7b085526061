import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGNS_MODULE } from "../../../modules/campaigns"
import type CampaignsModuleService from "../../../modules/campaigns/service"

export const withdrawProposalStepId = "withdraw-campaign-proposal"

/**
 * Withdraws a maker's own open proposal (soft delete). A decided one (승인·거절) stays: staff
 * have acted on it. The route has already checked that the item is the maker's. Undoing restores it.
 */
export const withdrawProposalStep = createStep(
  withdrawProposalStepId,
  async ({ item_id }: { item_id: string }, { container }) => {
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    const item = await campaigns.retrieveSaleCampaignItem(item_id, { select: ["id", "state"] })
    if (item.state !== "proposed") throw new MedusaError(MedusaError.Types.INVALID_DATA, "이미 승인되거나 거절된 신청은 취소할 수 없습니다. 자활센터에 문의해 주세요.")
    await campaigns.softDeleteSaleCampaignItems([item_id])
    return new StepResponse(item_id, item_id)
  },
  async (id, { container }) => {
    if (!id) return
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    await campaigns.restoreSaleCampaignItems([id])
  }
)
