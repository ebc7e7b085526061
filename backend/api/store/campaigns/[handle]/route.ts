import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../../../../modules/campaigns"
import type CampaignsModuleService from "../../../../modules/campaigns/service"
import { planCampaignPrices } from "../../../../workflows/campaigns/plan-campaign-prices"
import { readCampaignProducts } from "../../../../workflows/campaigns/read-campaign-products"
import { publicCampaign, publishedProducts } from "../public-campaign"

type Group = {
  maker: { id: string; name: string }
  products: { id: string; title: string; handle: string; thumbnail: string | null; regular_price: number; sale_price: number; discount_percent: number; per_customer_limit: number | null }[]
}

/**
 * One published campaign with its products grouped by maker: each product's lowest regular
 * price and its 특판가 (the same whole-won numbers its Medusa price list holds).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const campaigns: CampaignsModuleService = req.scope.resolve(CAMPAIGNS_MODULE)
  const [campaign] = await campaigns.listSaleCampaigns({ handle: req.params.handle, status: "published" }, { relations: ["items"] })
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, "특판전을 찾을 수 없습니다.")
  const items = (campaign.items ?? []).filter((i) => i.state === "accepted")
  const visible = await publishedProducts(req.scope, items.map((i) => i.product_id))
  const shownItems = items.filter((i) => visible.has(i.product_id))
  const { rows } = planCampaignPrices(shownItems, await readCampaignProducts(req.scope, shownItems.map((i) => i.product_id)))
  const groups = new Map<string, Group>()
  for (const item of shownItems) {
    const variants = rows.filter((r) => r.product_id === item.product_id)
    if (!variants.length) continue
    const cheapest = variants.reduce((a, b) => (b.sale_price < a.sale_price ? b : a))
    const product = visible.get(item.product_id)!
    const group = groups.get(cheapest.maker_id) ?? { maker: { id: cheapest.maker_id, name: cheapest.maker_name }, products: [] }
    group.products.push({
      id: product.id, title: product.title, handle: product.handle, thumbnail: product.thumbnail,
      regular_price: cheapest.regular_price, sale_price: cheapest.sale_price,
      discount_percent: Math.floor(((cheapest.regular_price - cheapest.sale_price) * 100) / cheapest.regular_price),
      per_customer_limit: item.per_customer_limit ?? null,
    })
    groups.set(cheapest.maker_id, group)
  }
  res.json({
    campaign: { ...publicCampaign(campaign), makers: [...groups.values()].sort((a, b) => a.maker.name.localeCompare(b.maker.name, "ko")) },
  })
}
