import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadCampaignStep } from "../steps/load-campaign"
import { replaceCampaignPriceListStep } from "../steps/replace-campaign-price-list"
import { updateCampaignStep } from "../steps/update-campaign"
import { validateCampaignStep } from "../steps/validate-campaign"

export const publishCampaignWorkflowId = "publish-campaign"

/**
 * Publishes a campaign: its accepted items become a Medusa `sale` price list active in the
 * window (Medusa starts and stops it on time by itself). Publishing again re-prices it.
 */
export const publishCampaignWorkflow = createWorkflow(publishCampaignWorkflowId, (input: { id: string }) => {
  const current = loadCampaignStep({ id: input.id })
  const checked = validateCampaignStep(
    transform({ current }, ({ current }) => ({ id: current.id, fields: current.fields, items: current.items, published: true }))
  )
  const priceList = transform({ checked, current }, ({ checked, current }) => ({
    campaign_id: current.id,
    title: current.fields.title,
    starts_at: current.fields.starts_at,
    ends_at: current.fields.ends_at,
    old_price_list_id: current.price_list_id,
    rows: checked.rows,
  }))
  const price_list_id = replaceCampaignPriceListStep(priceList)
  updateCampaignStep({ id: input.id, data: { status: "published", price_list_id } })
  return new WorkflowResponse({ id: input.id, price_list_id })
})
