import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { planCampaignPrices } from "../../../../../workflows/campaigns/plan-campaign-prices"
import { readCampaignProducts } from "../../../../../workflows/campaigns/read-campaign-products"
import { loadCampaign } from "../../load"

/** The prices the campaign gives (per variant: 정가, 특판가, discount) and what stops it from being priced. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const campaign = await loadCampaign(req)
  const items = campaign.items ?? []
  const products = await readCampaignProducts(req.scope, items.map((i) => i.product_id))
  const { rows, errors } = planCampaignPrices(items, products)
  res.json({
    prices: rows.map(({ price_set_id: _ps, ...row }) => ({ ...row, discount: row.regular_price - row.sale_price })),
    errors,
  })
}
