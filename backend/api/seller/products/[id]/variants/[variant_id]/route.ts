import type { MedusaResponse } from "@medusajs/framework/http"
import { shopPlacement } from "../../../../../../workflows/seller-products/steps/resolve-seller-product-context"
import { updateSellerVariantWorkflow } from "../../../../../../workflows/seller-products/workflows/update-seller-variant"
import { findOwnProductOr404, findOwnVariantOr404, sellerOf } from "../../../../scope"
import type { SellerRequest } from "../../../../types"
import { SELLER_PRODUCT_FIELDS } from "../../../fields"
import type { SellerUpdateVariantType } from "../../../validators"

/** Price, tier prices and stock of an own variant; they apply at once and go into the change log. */
export async function POST(req: SellerRequest<SellerUpdateVariantType>, res: MedusaResponse) {
  const { maker_id, member_id } = sellerOf(req)
  await findOwnVariantOr404(req, req.params.id, req.params.variant_id)
  const { stock_location_id } = await shopPlacement(req.scope)
  await updateSellerVariantWorkflow(req.scope).run({
    input: { product_id: req.params.id, variant_id: req.params.variant_id, maker_id, member_id, stock_location_id, update: req.validatedBody },
  })
  res.json({ product: await findOwnProductOr404(req, req.params.id, SELLER_PRODUCT_FIELDS) })
}
