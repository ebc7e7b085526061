import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideCampaignItemStep, type CampaignItemDecision } from "../steps/decide-campaign-item"
import { loadCampaignStep } from "../steps/load-campaign"
import { replaceCampaignItemsStep } from "../steps/replace-campaign-items"
import { replaceCampaignPriceListStep } from "../steps/replace-campaign-price-list"
import { updateCampaignStep } from "../steps/update-campaign"
import { validateCampaignStep } from "../steps/validate-campaign"
import type { CampaignFields, CampaignItemInput } from "../types"

export const updateCampaignWorkflowId = "update-campaign"

/**
 * Edits a campaign's fields and/or replaces its items. A published campaign is re-priced in the
 * same run (a fresh price list with the new window and prices), so ours and Medusa's never
 * disagree; any failure undoes the fields, the items and the price list together.
 * `decide` is staff's accept/decline of one maker proposal: the campaign is checked as it will be
 * (an accepted item must price and must not overlap another published campaign) and re-priced.
 */
export const updateCampaignWorkflow = createWorkflow(
  updateCampaignWorkflowId,
  (input: { id: string; data: Partial<CampaignFields>; items?: CampaignItemInput[]; decide?: CampaignItemDecision }) => {
    const current = loadCampaignStep({ id: input.id })
    const next = transform({ input, current }, ({ input, current }) => ({
      id: input.id,
      fields: { ...current.fields, ...input.data },
      items: (input.items ?? current.items).map((item) =>
        input.decide && item.id === input.decide.item_id ? { ...item, state: input.decide.state } : item
      ),
      published: current.status === "published",
    }))
    const checked = validateCampaignStep(next)
    updateCampaignStep({ id: input.id, data: input.data })
    when("replace-items", { input }, ({ input }) => !!input.items).then(() => {
      const items = transform({ next, checked }, ({ next, checked }) =>
        next.items.map((item) => ({ ...item, maker_id: checked.maker_of[item.product_id] }))
      )
      replaceCampaignItemsStep({ campaign_id: input.id, items })
    })
    when("decide-item", { input }, ({ input }) => !!input.decide).then(() => {
      decideCampaignItemStep(transform({ input }, ({ input }) => input.decide!))
    })
    when("reprice", { current }, ({ current }) => current.status === "published").then(() => {
      const priceList = transform({ next, checked, current }, ({ next, checked, current }) => ({
        campaign_id: next.id,
        title: next.fields.title,
        starts_at: next.fields.starts_at,
        ends_at: next.fields.ends_at,
        old_price_list_id: current.price_list_id,
        rows: checked.rows,
      }))
      const price_list_id = replaceCampaignPriceListStep(priceList)
      updateCampaignStep({ id: input.id, data: { price_list_id } }).config({ name: "set-campaign-price-list" })
    })
    return new WorkflowResponse({ id: input.id })
  }
)
