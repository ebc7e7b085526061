import type { HttpTypes } from "@medusajs/types"

/** Image URLs to show for a product: its images in order, else its thumbnail. */
export function productImageUrls(product: HttpTypes.StoreProduct): string[] {
  const urls = (product.images ?? []).map((image) => image.url).filter(Boolean)
  if (urls.length > 0) {
    return urls
  }
  return product.thumbnail ? [product.thumbnail] : []
}

export type ProductPicture = { url: string; alt: string }

/**
 * The product's pictures in their order, each with the alt text its maker wrote (stored as
 * plain text in the image's metadata by 판매자센터), else the product title.
 */
export function productPictures(product: HttpTypes.StoreProduct): ProductPicture[] {
  const images = [...(product.images ?? [])]
    .filter((image) => Boolean(image.url))
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
  if (images.length === 0) return product.thumbnail ? [{ url: product.thumbnail, alt: product.title }] : []
  return images.map((image) => {
    const alt = image.metadata?.alt
    return { url: image.url, alt: typeof alt === "string" && alt.trim() ? alt.trim() : product.title }
  })
}

export function coverImageUrl(product: HttpTypes.StoreProduct): string | null {
  return product.thumbnail || productImageUrls(product)[0] || null
}
