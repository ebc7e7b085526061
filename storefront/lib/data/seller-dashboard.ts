import "server-only"
import { sellerFetch } from "@/lib/data/seller-fetch"

export type SellerProductCounts = { published: number; proposed: number; rejected: number; draft: number }
export type LowStockLine = { product_id: string; variant_id: string; title: string; variant_title: string; stock: number }

/** GET /seller/dashboard: the maker's home numbers (sales of this Seoul month, canceled excluded). */
export type SellerDashboard = {
  products: SellerProductCounts
  pending_revisions: number
  low_stock: LowStockLine[]
  sales_this_month: { amount: number; orders: number; units: number; month: string }
}

export async function retrieveSellerDashboard(): Promise<SellerDashboard> {
  return sellerFetch<SellerDashboard>("/seller/dashboard")
}
