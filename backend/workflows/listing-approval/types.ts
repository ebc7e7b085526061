import { productImagesUpdate, type SellerImage } from "../seller-products/images"

/**
 * The content of a listing that needs staff approval once the product is on sale. `images` is
 * the whole proposed list (live ones by their id, new ones `pimg_…`), applied on approve.
 */
export type ListingContent = { title?: string; subtitle?: string; description?: string; category_id?: string; images?: SellerImage[] }

export const LISTING_CONTENT_KEYS = ["title", "subtitle", "description", "category_id", "images"] as const

/** Medusa's product update for approved content (a category is the product's one category). */
export function productUpdateOf(content: ListingContent) {
  const { category_id, images, ...rest } = content
  return { ...rest, ...(category_id ? { category_ids: [category_id] } : {}), ...(images ? productImagesUpdate(images) : {}) }
}
