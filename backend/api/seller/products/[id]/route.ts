import type { MedusaResponse } from "@medusajs/framework/http"
import { sanitizeRichText } from "../../../../lib/security/safe-html"
import { updateSellerProductWorkflow } from "../../../../workflows/seller-products/workflows/update-seller-product"
import { findOwnProductOr404 } from "../../scope"
import type { SellerRequest } from "../../types"
import { SELLER_PRODUCT_FIELDS } from "../fields"
import type { SellerUpdateProductType } from "../validators"

export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json({ product: await findOwnProductOr404(req, req.params.id, SELLER_PRODUCT_FIELDS) })
}

/** Edits an own product that is not on sale yet (published ones need approval, see the workflow). */
export async function POST(req: SellerRequest<SellerUpdateProductType>, res: MedusaResponse) {
  const product = await findOwnProductOr404(req, req.params.id, ["id", "status"])
  const body = req.validatedBody
  const update = { ...body, ...(body.description === undefined ? {} : { description: sanitizeRichText(body.description) }) }
  await updateSellerProductWorkflow(req.scope).run({ input: { product: { id: req.params.id, status: String(product.status) }, update } })
  res.json({ product: await findOwnProductOr404(req, req.params.id, SELLER_PRODUCT_FIELDS) })
}

/** Archives an own product: status `draft`, out of the store, kept for its orders and history. */
export async function DELETE(req: SellerRequest, res: MedusaResponse) {
  const product = await findOwnProductOr404(req, req.params.id, ["id", "status"])
  await updateSellerProductWorkflow(req.scope).run({ input: { product: { id: req.params.id, status: String(product.status) }, update: { status: "draft" } } })
  res.json({ id: req.params.id, object: "product", archived: true })
}
