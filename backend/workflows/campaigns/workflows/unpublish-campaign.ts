import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadCampaignStep } from "../steps/load-campaign"
import { removeCampaignPriceListStep } from "../steps/remove-campaign-price-list"
import { updateCampaignStep } from "../steps/update-campaign"

export const unpublishCampaignWorkflowId = "unpublish-campaign"

/** Takes a campaign back to draft: its price list is retired, so its prices stop at once. */
export const unpublishCampaignWorkflow = createWorkflow(unpublishCampaignWorkflowId, (input: { id: string }) => {
  const current = loadCampaignStep({ id: input.id })
  removeCampaignPriceListStep(transform({ current }, ({ current }) => ({ price_list_id: current.price_list_id })))
  updateCampaignStep({ id: input.id, data: { status: "draft", price_list_id: null } })
  return new WorkflowResponse({ id: input.id })
})
