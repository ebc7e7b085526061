import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGNS_MODULE } from "../../../modules/campaigns"
import type CampaignsModuleService from "../../../modules/campaigns/service"
import type { CampaignFields, CampaignItemInput } from "../types"

export const loadCampaignStepId = "load-campaign"

export type LoadedCampaign = {
  id: string
  fields: CampaignFields
  items: (CampaignItemInput & { maker_id: string })[]
  status: "draft" | "published"
  price_list_id: string | null
}

/** A campaign as the workflows need it, or a Korean 404. Reads only. */
export const loadCampaignStep = createStep(loadCampaignStepId, async ({ id }: { id: string }, { container }) => {
  const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
  const [c] = await campaigns.listSaleCampaigns({ id }, { relations: ["items"] })
  if (!c) throw new MedusaError(MedusaError.Types.NOT_FOUND, `특판전을 찾을 수 없습니다: ${id}`)
  const loaded: LoadedCampaign = {
    id: c.id,
    fields: {
      title: c.title,
      handle: c.handle,
      host_center: c.host_center,
      co_hosts: (c.co_hosts ?? []) as string[],
      description: c.description,
      banner_url: c.banner_url ?? null,
      starts_at: new Date(c.starts_at).toISOString(),
      ends_at: new Date(c.ends_at).toISOString(),
      discount_bearer: c.discount_bearer,
      maker_share_percent: c.maker_share_percent ?? null,
      call_starts_at: c.call_starts_at ? new Date(c.call_starts_at).toISOString() : null,
      call_ends_at: c.call_ends_at ? new Date(c.call_ends_at).toISOString() : null,
      call_note: c.call_note ?? null,
    },
    items: (c.items ?? []).map((i) => ({
      id: i.id,
      product_id: i.product_id,
      maker_id: i.maker_id,
      discount_type: i.discount_type,
      discount_value: i.discount_value,
      per_customer_limit: i.per_customer_limit ?? null,
      state: i.state,
      decline_reason: i.decline_reason ?? null,
    })),
    status: c.status,
    price_list_id: c.price_list_id ?? null,
  }
  return new StepResponse(loaded)
})
