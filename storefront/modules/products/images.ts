import type { HttpTypes } from "@medusajs/types"

/** Image URLs to show for a product: its images in order, else its thumbnail. */
export function productImageUrls(product: HttpTypes.StoreProduct): string[] {
  const urls = (product.images ?? []).map((image) => image.url).filter(Boolean)
  if (urls.length > 0) {
    return urls
  }
  return product.thumbnail ? [product.thumbnail] : []
}

export function coverImageUrl(product: HttpTypes.StoreProduct): string | null {
  return product.thumbnail || productImageUrls(product)[0] || null
}
