import type { MedusaNextFunction, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { singleImageUpload } from "../../../../utils/image-upload"
import { rejectAnyBody } from "../../../../utils/no-body"
import { rejectUnstorableText } from "../../../../utils/reject-unstorable-text"
import { validateKoreanBody } from "../../../../utils/validate-korean-body"
import { findOwnImageOr404, findOwnProductOr404 } from "../../../scope"
import type { SellerRequest } from "../../../types"
import { SellerUpdateImage, SellerUploadImage } from "./validators"

// Ownership first, then the body: another maker's id is a 404 whatever was sent (and its upload is never read).
const ownProduct = async (req: SellerRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  await findOwnProductOr404(req, req.params.id)
  next()
}
const ownImage = async (req: SellerRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  await findOwnImageOr404(req, req.params.id, req.params.image_id)
  next()
}

/**
 * Multipart text fields are parsed by multer after the global input guard ran, so the guard
 * (NUL, broken Unicode) runs again on them before the zod schema.
 */
export const sellerImageMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/seller/products/:id/images",
    middlewares: [ownProduct, singleImageUpload, rejectUnstorableText, validateKoreanBody(SellerUploadImage)],
  },
  { method: ["POST"], matcher: "/seller/products/:id/images/:image_id", middlewares: [ownImage, validateKoreanBody(SellerUpdateImage)] },
  { method: ["DELETE"], matcher: "/seller/products/:id/images/:image_id", middlewares: [ownImage, rejectAnyBody] },
]
