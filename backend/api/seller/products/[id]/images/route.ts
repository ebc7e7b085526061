import type { MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_IMAGE_WIDTH } from "../../../../../lib/images/prepare-image"
import { addSellerProductImageWorkflow } from "../../../../../workflows/seller-products/workflows/add-seller-product-image"
import { uploadedImage } from "../../../../utils/image-upload"
import { sellerOf, sellerProductImages } from "../../../scope"
import type { SellerRequest } from "../../../types"
import type { SellerUploadImageType } from "./validators"

/**
 * Uploads a picture (multipart `file` + `alt`) of an own product: checked by its bytes, resized
 * to 1200 px, stored through the file module. A product not on sale gets it at once (201);
 * a published one keeps it in its pending revision until staff approve (202, `pending`).
 */
export async function POST(req: SellerRequest<SellerUploadImageType>, res: MedusaResponse) {
  const seller = sellerOf(req)
  const state = await sellerProductImages(req, req.params.id)
  const prepared = await uploadedImage(req, PRODUCT_IMAGE_WIDTH)
  const { result: image } = await addSellerProductImageWorkflow(req.scope).run({
    input: {
      product_id: state.product_id,
      maker_id: seller.maker_id,
      member_id: seller.member_id,
      published: state.published,
      current: state.images,
      live: state.live,
      alt: req.validatedBody.alt,
      file: { filename: `product-${state.product_id}.${prepared.extension}`, mimeType: prepared.mimeType, content: prepared.buffer.toString("base64") },
    },
  })
  if (state.published) return res.status(202).json({ image, pending: true })
  const saved = (await sellerProductImages(req, state.product_id)).images.find((i) => i.url === image.url) ?? image
  res.status(201).json({ image: saved, pending: false })
}
