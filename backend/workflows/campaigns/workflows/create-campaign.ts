import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCampaignStep } from "../steps/create-campaign"
import { validateCampaignStep } from "../steps/validate-campaign"
import type { CampaignFields, CampaignItemInput } from "../types"

export const createCampaignWorkflowId = "create-campaign"

/** Creates a draft campaign (no prices change until it is published). */
export const createCampaignWorkflow = createWorkflow(
  createCampaignWorkflowId,
  (input: { fields: CampaignFields; items: CampaignItemInput[] }) => {
    const checked = validateCampaignStep({ fields: input.fields, items: input.items, published: false })
    const items = transform({ input, checked }, ({ input, checked }) =>
      input.items.map((item) => ({ ...item, maker_id: checked.maker_of[item.product_id] }))
    )
    const campaign = createCampaignStep({ fields: input.fields, items })
    return new WorkflowResponse(campaign)
  }
)
