import "server-only"
import { sellerFetch, statusOf } from "@/lib/data/seller-fetch"

export type SellerProductCounts = { published: number; proposed: number; rejected: number; draft: number }
export type LowStockLine = { product_id: string; variant_id: string; title: string; variant_title: string; stock: number }

/** GET /seller/dashboard: the maker's home numbers (sales of this Seoul month, canceled excluded). */
export type SellerDashboard = {
  products: SellerProductCounts
  pending_revisions: number
  low_stock: LowStockLine[]
  sales_this_month: { amount: number; orders: number; units: number; month: string }
}

/** null while the backend has no dashboard route yet (404): the page then says so. */
export async function retrieveSellerDashboard(): Promise<SellerDashboard | null> {
  try {
    return await sellerFetch<SellerDashboard>("/seller/dashboard")
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
}
