import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGNS_MODULE } from "../../../modules/campaigns"
import type CampaignsModuleService from "../../../modules/campaigns/service"

export const decideCampaignItemStepId = "decide-campaign-item"

export type CampaignItemDecision = { item_id: string; state: "accepted" | "declined"; reason: string | null }

/** Staff's decision on one proposal (accepted, or declined with a reason); undoing puts the proposal back as it was. */
export const decideCampaignItemStep = createStep(
  decideCampaignItemStepId,
  async (decision: CampaignItemDecision, { container }) => {
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    const before = await campaigns.retrieveSaleCampaignItem(decision.item_id, { select: ["id", "state", "decline_reason"] })
    await campaigns.updateSaleCampaignItems({
      id: decision.item_id,
      state: decision.state,
      decline_reason: decision.state === "declined" ? decision.reason : null,
    })
    return new StepResponse(decision.item_id, { id: before.id, state: before.state, decline_reason: before.decline_reason ?? null })
  },
  async (previous, { container }) => {
    if (!previous) return
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    await campaigns.updateSaleCampaignItems(previous)
  }
)
