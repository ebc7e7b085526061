/**
 * The tags the storefront's cached Store API reads carry (lib/data/store-fetch.ts), and the
 * backend sends back when something changes (backend/lib/storefront/cache-tags.ts re-exports
 * this file, like the safe-html policy: Turbopack compiles only files inside `storefront/`).
 * One vocabulary on both sides, so a change can name exactly the reads it makes stale.
 * See docs/storefront.md "캐시와 갱신".
 */

/** Every read of products: lists, product pages, compositions (a product is gone: all of them). */
export const PRODUCTS = "products"
/** Every list of products (home, category, maker, brand, gift sets): a product joined or left one. */
export const PRODUCT_LISTS = "product-lists"
/** The home page's newest products (any product may enter or leave it). */
export const NEWEST_PRODUCTS = "products:newest"
export const CATEGORIES = "categories"
export const COLLECTIONS = "collections"
export const MAKERS = "makers"
export const BRANDS = "brands"
export const CAMPAIGNS = "campaigns"
export const SEARCH = "search"
export const REGIONS = "regions"

/** One product's page and composition: read by handle (the page) and by id (the composition). */
export const productTag = (idOrHandle: string) => `product:${idOrHandle}`
/** The product list of one category (category pages, the gift sets page). */
export const categoryTag = (categoryId: string) => `category:${categoryId}`
/** The product list of one collection (the home page's featured gift sets). */
export const collectionTag = (collectionId: string) => `collection:${collectionId}`
/** One maker's page and the list of its products. */
export const makerTag = (handle: string) => `maker:${handle}`
/** One joint brand's page and the list of its products. */
export const brandTag = (handle: string) => `brand:${handle}`
/** One campaign's landing page. */
export const campaignTag = (handle: string) => `campaign:${handle}`

/** What the backend knows of a product when it changed. */
export type TaggedProduct = {
  id: string
  handle: string
  /** the categories it is in, each with its Medusa `mpath` ("pcat_a.pcat_b"), ancestors first */
  categories?: { id: string; mpath?: string | null }[] | null
  collection_id?: string | null
  maker?: { handle: string } | null
  joint_brand?: { handle: string } | null
}

/**
 * The reads a change to this product (a price, stock, its title) makes stale: its page, the
 * lists it is in (its categories and their parents, its collection, its maker's and brand's
 * pages, the home page's newest) and the campaign pages, which show regular prices.
 * Search answers are left to the search index's own sync, which revalidates `search` once the
 * documents are written (before that a fresh read would find the old price again).
 */
export function productTags(product: TaggedProduct): string[] {
  const tags = new Set([productTag(product.id), productTag(product.handle), NEWEST_PRODUCTS, CAMPAIGNS])
  for (const category of product.categories ?? []) {
    tags.add(categoryTag(category.id))
    for (const ancestor of (category.mpath ?? "").split(".")) if (ancestor) tags.add(categoryTag(ancestor))
  }
  if (product.collection_id) tags.add(collectionTag(product.collection_id))
  if (product.maker?.handle) tags.add(makerTag(product.maker.handle))
  if (product.joint_brand?.handle) tags.add(brandTag(product.joint_brand.handle))
  return [...tags]
}

/** Next refuses tags longer than this (they are never assigned, so revalidating them does nothing). */
export const MAX_TAG_LENGTH = 256
/** How many tags one revalidation request may name. */
export const MAX_TAGS_PER_REQUEST = 100
/** The header that carries the shared secret (env JAHWAL_REVALIDATE_SECRET on both sides). */
export const REVALIDATE_SECRET_HEADER = "x-jahwal-revalidate-secret"
