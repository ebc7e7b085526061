import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGNS_MODULE } from "../../../modules/campaigns"
import type CampaignsModuleService from "../../../modules/campaigns/service"
import type { CampaignFields } from "../types"

export const updateCampaignStepId = "update-campaign"

type Update = Partial<CampaignFields> & { status?: "draft" | "published"; price_list_id?: string | null }

const asDate = (v: string | Date | null) => (v === null ? null : new Date(v))

const toRecord = (id: string, { starts_at, ends_at, call_starts_at, call_ends_at, ...rest }: Update) => ({
  id,
  ...rest,
  ...(starts_at !== undefined ? { starts_at: new Date(starts_at) } : {}),
  ...(ends_at !== undefined ? { ends_at: new Date(ends_at) } : {}),
  ...(call_starts_at !== undefined ? { call_starts_at: asDate(call_starts_at) } : {}),
  ...(call_ends_at !== undefined ? { call_ends_at: asDate(call_ends_at) } : {}),
})

/** Updates a campaign's fields (status and price list included); undoing puts the previous values back. */
export const updateCampaignStep = createStep(
  updateCampaignStepId,
  async ({ id, data }: { id: string; data: Update }, { container }) => {
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    const keys = Object.keys(data) as (keyof Update)[]
    const before = await campaigns.retrieveSaleCampaign(id, { select: ["id", ...keys] })
    const previous = Object.fromEntries(keys.map((k) => [k, (before as Record<string, unknown>)[k]])) as Update
    const updated = await campaigns.updateSaleCampaigns(toRecord(id, data))
    return new StepResponse(updated, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    await campaigns.updateSaleCampaigns(toRecord(undo.id, undo.previous))
  }
)
