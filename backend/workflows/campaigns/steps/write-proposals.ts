import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGNS_MODULE } from "../../../modules/campaigns"
import type CampaignsModuleService from "../../../modules/campaigns/service"
import type { ProposalPlan } from "../check-proposals"

export const writeProposalsStepId = "write-campaign-proposals"

type Previous = { id: string; discount_type: "percent" | "fixed_price"; discount_value: number; per_customer_limit: number | null; state: "accepted" | "proposed" | "declined"; decline_reason: string | null }

/**
 * Writes a maker's proposals as `proposed` items (never priced until staff accept): new items,
 * and declined ones proposed again with the new discount. Undoing deletes the new items and
 * puts the declined ones back with their reason.
 */
export const writeProposalsStep = createStep(
  writeProposalsStepId,
  async ({ campaign_id, plan }: { campaign_id: string; plan: ProposalPlan }, { container }) => {
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    const previous: Previous[] = plan.reopen.length
      ? ((await campaigns.listSaleCampaignItems(
          { id: plan.reopen.map((i) => i.id) },
          { select: ["id", "discount_type", "discount_value", "per_customer_limit", "state", "decline_reason"] }
        )) as Previous[])
      : []
    const created = plan.create.length
      ? await campaigns.createSaleCampaignItems(plan.create.map((item) => ({ ...item, per_customer_limit: item.per_customer_limit ?? null, campaign_id, state: "proposed" as const })))
      : []
    if (plan.reopen.length) {
      await campaigns.updateSaleCampaignItems(
        plan.reopen.map((item) => ({ ...item, per_customer_limit: item.per_customer_limit ?? null, state: "proposed" as const, decline_reason: null }))
      )
    }
    const ids = [...created.map((i) => i.id), ...plan.reopen.map((i) => i.id)]
    return new StepResponse(ids, { created: created.map((i) => i.id), previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    if (undo.created.length) await campaigns.deleteSaleCampaignItems(undo.created)
    if (undo.previous.length) await campaigns.updateSaleCampaignItems(undo.previous)
  }
)
