import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateCampaignWorkflow } from "../../../../../workflows/campaigns/workflows/update-campaign"
import type { CampaignItemInput } from "../../../../../workflows/campaigns/types"
import { campaignDetail, loadCampaign } from "../../load"
import type { AdminSetCampaignItemsType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const campaign = await campaignDetail(req)
  res.json({ items: campaign.items, count: campaign.items.length })
}

/**
 * Replaces the campaign's items: the given products, plus every product of the given makers
 * (a product listed explicitly keeps its own discount). A published campaign is re-priced.
 * Makers' open and declined proposals are kept (see below).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetCampaignItemsType>, res: MedusaResponse) {
  const current = await loadCampaign(req)
  const { items = [], makers = [] } = req.validatedBody
  const all: CampaignItemInput[] = [...items]
  if (makers.length) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "maker", fields: ["id", "name", "products.id"], filters: { id: makers.map((m) => m.maker_id) } })
    const found = new Map((data as unknown as { id: string; products?: { id: string }[] }[]).map((m) => [m.id, m]))
    const listed = new Set(items.map((i) => i.product_id))
    for (const { maker_id, ...discount } of makers) {
      const maker = found.get(maker_id)
      if (!maker) throw new MedusaError(MedusaError.Types.INVALID_DATA, `만든 곳을 찾을 수 없습니다: ${maker_id}`)
      for (const product of maker.products ?? []) {
        if (listed.has(product.id)) continue
        listed.add(product.id)
        all.push({ product_id: product.id, ...discount })
      }
    }
  }
  // makers' proposals (and declined ones, with their reason) are decided one by one through
  // accept/decline, not by this editor: they stay, with their ids, unless staff list the product
  const taken = new Set(all.map((i) => i.product_id))
  for (const item of current.items ?? []) {
    if (item.state === "accepted" || taken.has(item.product_id)) continue
    all.push({
      id: item.id, product_id: item.product_id, discount_type: item.discount_type, discount_value: item.discount_value,
      per_customer_limit: item.per_customer_limit ?? null, state: item.state, decline_reason: item.decline_reason ?? null,
    })
  }
  await updateCampaignWorkflow(req.scope).run({ input: { id: req.params.id, data: {}, items: all } })
  const campaign = await campaignDetail(req)
  res.json({ items: campaign.items, count: campaign.items.length })
}
