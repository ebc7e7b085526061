import type { MedusaResponse } from "@medusajs/framework/http"
import { applySellerProductImagesWorkflow } from "../../../../../../workflows/seller-products/workflows/apply-seller-product-images"
import { findOwnImageOr404, sellerOf } from "../../../../scope"
import type { SellerRequest } from "../../../../types"
import type { SellerUpdateImageType } from "../validators"

async function save(req: SellerRequest, next: (images: { id: string; url: string; alt: string }[]) => { id: string; url: string; alt: string }[]) {
  const seller = sellerOf(req)
  const state = await findOwnImageOr404(req, req.params.id, req.params.image_id)
  await applySellerProductImagesWorkflow(req.scope).run({
    input: { product_id: state.product_id, maker_id: seller.maker_id, member_id: seller.member_id, published: state.published, images: next(state.images), live: state.live },
  })
  return state
}

/** Changes a picture's alt text (published product: in its pending revision, 202). */
export async function POST(req: SellerRequest<SellerUpdateImageType>, res: MedusaResponse) {
  const { alt } = req.validatedBody
  const state = await save(req, (images) => images.map((i) => (i.id === req.params.image_id ? { ...i, alt } : i)))
  res.status(state.published ? 202 : 200).json({ image: { ...state.image, alt }, pending: state.published })
}

/** Removes a picture from the product (published product: in its pending revision, 202). The file stays stored: orders may show it. */
export async function DELETE(req: SellerRequest, res: MedusaResponse) {
  const state = await save(req, (images) => images.filter((i) => i.id !== req.params.image_id))
  res.status(state.published ? 202 : 200).json({ id: req.params.image_id, object: "image", deleted: true, pending: state.published })
}
