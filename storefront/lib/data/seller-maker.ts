import "server-only"
import { sellerFetch } from "@/lib/data/seller-fetch"

/** The seller's own maker (GET /seller/maker): editable contact and shipping terms, legal fields read-only. */
export type SellerMaker = {
  id: string
  handle: string
  name: string
  kind: string | null
  region: string | null
  story: string | null
  phone: string | null
  email: string | null
  address: string | null
  logo_url: string | null
  shipping_base_fee: number | null
  free_shipping_threshold: number | null
  status: string
  business_registration_number: string | null
  representative: string | null
  mail_order_number: string | null
}

export async function retrieveSellerMaker(): Promise<SellerMaker> {
  return (await sellerFetch<{ maker: SellerMaker }>("/seller/maker")).maker
}
