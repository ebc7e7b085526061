import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { describeCompositions } from "../../../../../workflows/gift-sets/describe-composition"

/**
 * GET /store/products/:id/composition — per variant: what a gift set or pack contains (with
 * each component's maker), its bulk price tiers and how its price is shared among makers.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status"],
    filters: { id: req.params.id, status: "published" },
  })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `상품을 찾을 수 없습니다: ${req.params.id}`)
  res.json({ variants: await describeCompositions(query, { product_id: req.params.id }) })
}
