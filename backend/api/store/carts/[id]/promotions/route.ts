import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PromotionActions } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { updateCartPromotionCodesWorkflow } from "../../../../../workflows/promotions/workflows/update-cart-promotion-codes"

// Replaces Medusa's handlers of this route (same path, registered after Medusa's; Medusa's
// body and query validation still run as its middlewares). The only difference: the promotion
// adjustments are made whole won before the payment collection takes the total
// (docs/money.md); the request and the response are Medusa's.
type PromoCodesBody = { promo_codes: string[] }

async function run(req: MedusaRequest<PromoCodesBody>, res: MedusaResponse, action: PromotionActions) {
  await updateCartPromotionCodesWorkflow(req.scope).run({
    input: { cart_id: req.params.id, promo_codes: req.validatedBody.promo_codes, action },
  })
  res.status(200).json({ cart: await refetchCart(req.params.id, req.scope, req.queryConfig.fields) })
}

export async function POST(req: MedusaRequest<PromoCodesBody>, res: MedusaResponse) {
  // as Medusa: adding no code at all means "replace with none"
  await run(req, res, req.validatedBody.promo_codes.length > 0 ? PromotionActions.ADD : PromotionActions.REPLACE)
}

export async function DELETE(req: MedusaRequest<PromoCodesBody>, res: MedusaResponse) {
  await run(req, res, PromotionActions.REMOVE)
}
