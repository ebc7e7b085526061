import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"
import { campaignResultsCsv, summarizeCampaignSales, type CampaignResults } from "../../modules/campaigns/utils/summarize-campaign-sales"

/**
 * A campaign's results from its recorded sales, leaving out canceled orders (a canceled sale no
 * longer counts for the maker, as in the maker sales report).
 */
export async function campaignResults(container: MedusaContainer, campaign_id: string, filters: { maker_id?: string } = {}): Promise<CampaignResults> {
  const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
  const sales = await campaigns.listCampaignSales({ campaign_id, ...filters }, { take: null })
  const orderIds = [...new Set(sales.map((s) => s.order_id))]
  const orders = orderIds.length
    ? await container.resolve(Modules.ORDER).listOrders({ id: orderIds }, { select: ["id", "status"], take: null })
    : []
  const canceled = new Set(orders.filter((o) => o.status === "canceled").map((o) => o.id))
  const counted = sales.filter((s) => !canceled.has(s.order_id))

  const makerIds = [...new Set(counted.map((s) => s.maker_id))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: makers } = makerIds.length ? await query.graph({ entity: "maker", fields: ["id", "name"], filters: { id: makerIds } }) : { data: [] }
  const names = new Map((makers as { id: string; name: string }[]).map((m) => [m.id, m.name]))
  return summarizeCampaignSales(counted, (id) => names.get(id) ?? "만든 곳 미지정")
}

export const resultsCsv = campaignResultsCsv
