import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { computeMakerShipping } from "../../../../../lib/shipping/per-maker-fee"
import { loadCartShippingLines, loadShippingPolicies } from "../../../../../workflows/shipping/load-shipping-policies"

/**
 * GET /store/carts/:id/maker-groups — the cart's lines grouped into one parcel per maker, with
 * each parcel's fee (업체별 배송); the same calculation prices the cart's shipping method.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const cart = await loadCartShippingLines(query, req.params.id)
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `장바구니를 찾을 수 없습니다: ${req.params.id}`)
  const policies = await loadShippingPolicies(query, cart.lines.map((l) => l.product_id))
  res.json(computeMakerShipping(cart.lines, policies))
}
