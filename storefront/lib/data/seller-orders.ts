import "server-only"
import { sellerFetch, statusOf } from "@/lib/data/seller-fetch"

/** Shapes of /seller/orders (backend/api/seller/orders, docs/shipping-and-settlement.md). */
export type SellerParcelStatus = "awaiting" | "shipped" | "confirmed" | "canceled"

export type SellerOrder = {
  id: string
  display_id: number
  placed_at: string
  order_status: string
  parcel: {
    id: string
    status: SellerParcelStatus
    carrier: string | null
    carrier_name: string | null
    tracking_number: string | null
    tracking_url: string | null
    shipped_at: string | null
    confirmed_at: string | null
    confirmed_by: string | null
  }
  recipient: { name: string | null; phone: string | null; postal_code: string | null; address_1: string | null; address_2: string | null; city: string | null }
  delivery_note: string | null
  gift: { sender_name: string | null; message: string | null; hide_prices: boolean } | null
  /** unit_price is left out on a gift */
  items: { id: string; title: string; variant_title: string | null; thumbnail: string | null; quantity: number; unit_price?: number }[]
  shipping_amount?: number
}

export type CarrierChoice = { code: string; name: string; requires_tracking: boolean }

export type SellerPackingList = {
  order_number: number
  placed_at: string
  printed_at: string
  sender: { name: string; phone: string | null }
  recipient: SellerOrder["recipient"]
  delivery_note: string | null
  gift: { sender_name: string | null; message: string | null } | null
  hide_prices: boolean
  items: { id: string; title: string; variant_title: string | null; quantity: number; unit_price?: number }[]
  parcel: { carrier_name: string | null; tracking_number: string | null }
}

export const SELLER_ORDERS_PAGE_SIZE = 20

export async function listSellerOrders(status: SellerParcelStatus, offset = 0) {
  return sellerFetch<{ orders: SellerOrder[]; count: number; carriers: CarrierChoice[] }>("/seller/orders", {
    query: { status, limit: SELLER_ORDERS_PAGE_SIZE, offset },
  })
}

/** The packing list of an own paid order, or null (not found, not paid). */
export async function getSellerPackingList(orderId: string): Promise<SellerPackingList | null> {
  try {
    const { packing_list } = await sellerFetch<{ packing_list: SellerPackingList }>(`/seller/orders/${encodeURIComponent(orderId)}/packing-list`)
    return packing_list
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
}
