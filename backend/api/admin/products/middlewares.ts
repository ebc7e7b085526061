import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { IMAGE_URL_ERROR, isAllowedImageUrl } from "../../../lib/security/safe-url"
import { ListingChangesQuery } from "../../utils/listing-changes"
import { validateKoreanQuery } from "../../utils/validate-korean-query"

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/** The image URLs a product body sets: its thumbnail and each image's url (null/"" clear a thumbnail). */
function imageUrlsOf(product: unknown): unknown[] {
  if (!product || typeof product !== "object") return []
  const { thumbnail, images } = product as { thumbnail?: unknown; images?: unknown }
  const urls: unknown[] = thumbnail === undefined || thumbnail === null || thumbnail === "" ? [] : [thumbnail]
  for (const image of list(images)) {
    const url = image && typeof image === "object" ? (image as { url?: unknown }).url : undefined
    if (url !== undefined) urls.push(url)
  }
  return urls
}

/**
 * Medusa's own product routes take any string as an image; ours refuse what the image URL rule
 * refuses (backend/lib/security/safe-url.ts) before Medusa's validator and workflow run. The
 * body is read as sent; non-strings are left to Medusa's validator.
 */
export function refuseUnsafeProductImages(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as Record<string, unknown> | undefined
  const products = req.path.endsWith("/batch") ? [...list(body?.create), ...list(body?.update)] : [body]
  const unsafe = products.flatMap(imageUrlsOf).find((url) => typeof url === "string" && !isAllowedImageUrl(url))
  if (unsafe !== undefined) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, IMAGE_URL_ERROR))
  }
  next()
}

export const adminProductsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/products", middlewares: [refuseUnsafeProductImages] },
  { method: ["POST"], matcher: "/admin/products/batch", middlewares: [refuseUnsafeProductImages] },
  { method: ["POST"], matcher: "/admin/products/:id", middlewares: [refuseUnsafeProductImages] },
  { method: ["GET"], matcher: "/admin/products/:id/listing-changes", middlewares: [validateKoreanQuery(ListingChangesQuery)] },
]
