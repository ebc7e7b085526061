import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../../../modules/campaigns"
import type CampaignsModuleService from "../../../modules/campaigns/service"
import { campaignView } from "../../../modules/campaigns/utils/campaign-view"

export const campaignsOf = (req: MedusaRequest): CampaignsModuleService => req.scope.resolve(CAMPAIGNS_MODULE)

/** The campaign of `:id` with its items, or a Korean 404. */
export async function loadCampaign(req: MedusaRequest, id = req.params.id) {
  const [campaign] = await campaignsOf(req).listSaleCampaigns({ id }, { relations: ["items"] })
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `특판전을 찾을 수 없습니다: ${id}`)
  return campaign
}

/** The campaign with its items, each with its product's title/handle and maker's name, for staff. */
export async function campaignDetail(req: MedusaRequest, id = req.params.id) {
  const campaign = await loadCampaign(req, id)
  const query = req.scope.resolve("query")
  const items = campaign.items ?? []
  const { data } = items.length
    ? await query.graph({ entity: "sale_campaign_item", fields: ["id", "product.title", "product.handle", "product.thumbnail", "maker.name", "maker.status"], filters: { id: items.map((i) => i.id) } })
    : { data: [] }
  const extra = new Map((data as unknown as { id: string; product?: unknown; maker?: unknown }[]).map((d) => [d.id, d]))
  return {
    ...campaignView(campaign),
    items: items.map((i) => ({ ...i, campaign: undefined, product: extra.get(i.id)?.product ?? null, maker: extra.get(i.id)?.maker ?? null })),
  }
}
