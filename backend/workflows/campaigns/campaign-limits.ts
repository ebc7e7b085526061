import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"
import { campaignPhase } from "../../modules/campaigns/utils/campaign-phase"
import type { CampaignLimit } from "../../modules/campaigns/utils/customer-limits"

/** The 1인 한도 of published campaigns live at `now` on the given products (accepted items only). */
export async function liveCampaignLimits(container: MedusaContainer, productIds: string[], now = new Date()): Promise<CampaignLimit[]> {
  if (!productIds.length) return []
  const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
  const items = (
    await campaigns.listSaleCampaignItems({ product_id: productIds, state: "accepted" }, { relations: ["campaign"], take: null })
  ).filter((i) => i.per_customer_limit && i.campaign?.status === "published" && campaignPhase(i.campaign, now) === "live")
  if (!items.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: items.map((i) => i.product_id) } })
  const titles = new Map((data as { id: string; title: string }[]).map((p) => [p.id, p.title]))
  return items.map((i) => ({
    product_id: i.product_id,
    title: titles.get(i.product_id) ?? "특판 상품",
    limit: i.per_customer_limit!,
    campaign_id: i.campaign.id,
    starts_at: new Date(i.campaign.starts_at),
    ends_at: new Date(i.campaign.ends_at),
  }))
}

type OrderItemRow = { product_id?: string | null; quantity?: unknown; detail?: { quantity?: unknown } | null }
type OrderRow = { id: string; status: string; created_at: string | Date; items?: OrderItemRow[] | null }

/**
 * Units of the limited products the customer already ordered inside each campaign's window
 * (canceled orders left out). The customer is the cart's account, or for a guest its email, as
 * typed or in lower case. Read from the orders themselves, not from the campaign sales, which a
 * subscriber writes after the order.
 */
export async function unitsBoughtInWindows(
  container: MedusaContainer,
  who: { customer_id?: string | null; email?: string | null },
  limits: CampaignLimit[]
): Promise<Map<string, number>> {
  const bought = new Map<string, number>()
  if (!limits.length || (!who.customer_id && !who.email)) return bought
  const since = new Date(Math.min(...limits.map((l) => l.starts_at.getTime())))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // an order line's quantity is its order item's: Medusa fills it when the line's id is asked too
  const fields = ["id", "status", "created_at", "items.id", "items.product_id", "items.quantity", "items.detail.quantity"]
  const orders = new Map<string, OrderRow>()
  const read = async (filters: Record<string, unknown>) => {
    const { data } = await query.graph({ entity: "order", fields, filters: { ...filters, created_at: { $gte: since } } })
    for (const o of data as unknown as OrderRow[]) orders.set(o.id, o)
  }
  if (who.customer_id) await read({ customer_id: who.customer_id })
  if (who.email) await read({ email: [...new Set([who.email, who.email.toLowerCase()])] })
  for (const order of orders.values()) {
    if (order.status === "canceled") continue
    const at = new Date(order.created_at).getTime()
    for (const item of order.items ?? []) {
      const limit = limits.find((l) => l.product_id === item.product_id && l.starts_at.getTime() <= at && at < l.ends_at.getTime())
      if (limit) bought.set(limit.product_id, (bought.get(limit.product_id) ?? 0) + Number(item.quantity ?? item.detail?.quantity ?? 0))
    }
  }
  return bought
}
