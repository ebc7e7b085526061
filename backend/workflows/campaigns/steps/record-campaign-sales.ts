import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAMPAIGNS_MODULE } from "../../../modules/campaigns"
import type CampaignsModuleService from "../../../modules/campaigns/service"
import { campaignListPrices } from "../campaign-list-prices"
import { buildCampaignSales, type CampaignVariantPrice, type OrderLineForCampaign } from "../build-campaign-sales"
import { readCampaignProducts } from "../read-campaign-products"

export const recordCampaignSalesStepId = "record-campaign-sales"

type OrderRow = { id: string; created_at: string | Date; is_draft_order?: boolean; items: OrderLineForCampaign[] }

/**
 * Records which lines of a placed order were sold at a campaign price (campaign_sale rows),
 * from the server's own data: the order's unit prices against the campaigns' Medusa price lists
 * and windows. Runs once per order (an order with rows is left alone; the unique line index
 * stops two concurrent runs from doubling them). Returns the new row ids.
 */
export async function recordCampaignSales(container: MedusaContainer, order_id: string): Promise<string[]> {
  const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
  const existing = await campaigns.listCampaignSales({ order_id }, { select: ["id"] })
  if (existing.length) return []

  const orders = container.resolve(Modules.ORDER)
  const order = (await orders.retrieveOrder(order_id, {
    relations: ["items"],
    // an order-level total makes the module compute the line totals (see snapshot-order-attribution)
    select: ["id", "created_at", "is_draft_order", "item_total", "items.id", "items.product_id", "items.variant_id", "items.product_title",
      "items.title", "items.quantity", "items.unit_price", "items.total"],
  })) as unknown as OrderRow
  if (order.is_draft_order) return []
  const productIds = [...new Set(order.items.map((i) => i.product_id).filter((id): id is string => !!id))]
  if (!productIds.length) return []

  const items = await campaigns.listSaleCampaignItems(
    { product_id: productIds, state: "accepted" },
    { relations: ["campaign"], take: null }
  )
  const live = items.filter((i) => i.campaign?.price_list_id)
  if (!live.length) return []

  const products = await readCampaignProducts(container, [...new Set(live.map((i) => i.product_id))])
  const saleOf = await campaignListPrices(container, live.map((i) => i.campaign.price_list_id!))

  const byVariant = new Map<string, CampaignVariantPrice[]>()
  for (const item of live) {
    for (const variant of products.get(item.product_id)?.variants ?? []) {
      const sale = saleOf.get(`${item.campaign.price_list_id}:${variant.price_set_id}`)
      if (sale === undefined || variant.regular_price === null) continue
      const list = byVariant.get(variant.id) ?? []
      list.push({
        campaign_id: item.campaign.id,
        maker_id: item.maker_id,
        discount_bearer: item.campaign.discount_bearer,
        starts_at: new Date(item.campaign.starts_at),
        ends_at: new Date(item.campaign.ends_at),
        sale_price: sale,
        regular_price: variant.regular_price,
      })
      byVariant.set(variant.id, list)
    }
  }
  const rows = buildCampaignSales(order, (variantId) => byVariant.get(variantId) ?? [])
  if (!rows.length) return []
  const created = await campaigns.createCampaignSales(rows)
  return created.map((r) => r.id)
}

export const recordCampaignSalesStep = createStep(
  recordCampaignSalesStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const ids = await recordCampaignSales(container, order_id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
    await campaigns.deleteCampaignSales(ids)
  }
)
