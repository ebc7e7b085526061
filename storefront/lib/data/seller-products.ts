import "server-only"
import { sellerFetch, statusOf } from "@/lib/data/seller-fetch"

export type SellerProductStatus = "draft" | "proposed" | "published" | "rejected"

export type SellerProductRow = {
  id: string
  title: string
  handle: string
  status: SellerProductStatus
  thumbnail: string | null
  created_at: string
  updated_at: string
  variants?: { id: string }[] | null
}

export type SellerVariant = {
  id: string
  title: string
  sku: string | null
  options?: { value: string; option?: { title: string } | null }[] | null
  prices?: { amount: number; currency_code: string; min_quantity: number | null; price_list_id?: string | null }[] | null
  inventory_items?: { inventory?: { location_levels?: { stocked_quantity: number | null }[] | null } | null }[] | null
}

export type SellerProduct = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  status: SellerProductStatus
  description: string | null
  thumbnail: string | null
  categories?: { id: string; name: string }[] | null
  options?: { id: string; title: string; values?: { value: string }[] | null }[] | null
  variants?: SellerVariant[] | null
  /** the alt text is in `metadata.alt` (backend's image upload) */
  images?: { id: string; url: string; rank?: number | null; metadata?: { alt?: unknown } | null }[] | null
}

/** An approval request of the product (listing_revision): a new listing or an edit of one on sale. */
export type SellerRevision = {
  id: string
  kind: "new" | "edit"
  status: "pending" | "approved" | "rejected"
  changes: Partial<Record<"title" | "subtitle" | "description" | "category_id", string>> | null
  reason: string | null
  decided_at: string | null
  created_at: string
}

export type SellerProductQuery = { status?: SellerProductStatus; q?: string; limit: number; offset: number }

export async function listSellerProducts(query: SellerProductQuery): Promise<{ products: SellerProductRow[]; count: number }> {
  return sellerFetch("/seller/products", { query: { ...query, q: query.q || undefined } })
}

/** An own product with its approval requests; null for an unknown id or another maker's (the API's 404). */
export async function retrieveSellerProduct(id: string): Promise<{ product: SellerProduct; revisions: SellerRevision[] } | null> {
  try {
    return await sellerFetch(`/seller/products/${encodeURIComponent(id)}`)
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
}
