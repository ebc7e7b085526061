/** The content of a listing that needs staff approval once the product is on sale. */
export type ListingContent = { title?: string; subtitle?: string; description?: string; category_id?: string }

export const LISTING_CONTENT_KEYS = ["title", "subtitle", "description", "category_id"] as const

/** Medusa's product update for approved content (a category is the product's one category). */
export function productUpdateOf(content: ListingContent) {
  const { category_id, ...rest } = content
  return { ...rest, ...(category_id ? { category_ids: [category_id] } : {}) }
}
