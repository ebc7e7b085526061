import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCampaignStep } from "../steps/delete-campaign"
import { loadCampaignStep } from "../steps/load-campaign"
import { removeCampaignPriceListStep } from "../steps/remove-campaign-price-list"

export const deleteCampaignWorkflowId = "delete-campaign"

/** Deletes a campaign; a published one loses its price list first, in the same run. */
export const deleteCampaignWorkflow = createWorkflow(deleteCampaignWorkflowId, (input: { id: string }) => {
  const current = loadCampaignStep({ id: input.id })
  removeCampaignPriceListStep(transform({ current }, ({ current }) => ({ price_list_id: current.price_list_id })))
  deleteCampaignStep({ id: input.id })
  return new WorkflowResponse({ id: input.id })
})
