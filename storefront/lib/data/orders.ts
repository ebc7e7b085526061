import "server-only"
import { getSdk } from "@/lib/sdk"
import { authHeaders } from "@/lib/data/auth-cookie"
import { forwardedClient } from "@/lib/data/order-access"

/** Shapes of /store/orders/:id/details and /purchase-certificate (backend/api/store/orders). */

export type OrderAddress = {
  first_name: string | null
  last_name: string | null
  phone: string | null
  postal_code: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
}

export type OrderItem = {
  id: string
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  total: number
  maker: { handle: string; name: string } | null
}

export type MakerShippingGroup = {
  maker_id: string
  maker_handle: string
  maker_name: string
  item_subtotal: number
  shipping_fee: number
}

export type BankTransferInstructions = {
  bank_name: string
  account_number: string
  account_holder: string
  amount: number
  deadline: string
}

export type OrderDetails = {
  id: string
  display_id: number
  created_at: string
  email: string | null
  status: string
  payment_status: string | null
  fulfillment_status: string | null
  currency_code: string
  item_total: number
  shipping_total: number
  discount_total: number
  total: number
  orderer_name: string | null
  orderer_phone: string | null
  delivery_note: string | null
  gift: { sender_name: string | null; message: string | null; hide_prices: boolean } | null
  shipping_address: OrderAddress | null
  items: OrderItem[]
  maker_shipping: { groups: MakerShippingGroup[]; shipping_total: number } | null
  payment: {
    /** "" before any payment */
    provider_id: string | null
    /** authorized (입금 대기 for a bank transfer), captured, canceled, refunded, none */
    status: string | null
    bank_transfer?: BankTransferInstructions | null
  } | null
}

/** One maker's parcel of the order (GET /store/orders/:id/parcels, docs/shipping-and-settlement.md). */
export type OrderParcel = {
  id: string
  /** awaiting (배송 준비 중), shipped (배송 중), confirmed (구매확정), canceled */
  status: "awaiting" | "shipped" | "confirmed" | "canceled"
  carrier: string | null
  carrier_name: string | null
  tracking_number: string | null
  tracking_url: string | null
  shipped_at: string | null
  confirmed_at: string | null
  confirmed_by: "customer" | "auto" | "staff" | null
  maker: { name: string; handle: string } | null
  shipping_amount: number
  items: { line_item_id: string; quantity: number }[]
}

export type CertificateMaker = {
  name: string
  business_registration_number: string | null
  representative?: string | null
  address?: string | null
  items: { title: string; quantity: number; amount: number }[]
  item_total: number
  shipping_fee: number
}

export type PurchaseCertificate = {
  order_number: number
  ordered_at: string
  issued_at: string
  buyer: { name: string | null; email: string | null; phone: string | null }
  order_status?: string
  payment_status: string | null
  makers: CertificateMaker[]
  item_total: number
  shipping_total: number
  discount_total: number
  total: number
  operator_note: string | null
}

export type OrderLookupResult = {
  order: { id: string; display_id: number; created_at: string; email: string; status: string; payment_status: string; total: number }
  access_token: string
  access_token_expires_at: string
}

/** Who may read an order: the guest's token (from its cookie), or (without one) the signed-in customer. */
export type OrderAccess = { token?: string | null }

function statusOf(error: unknown): number | undefined {
  return typeof error === "object" && error !== null && "status" in error && typeof error.status === "number"
    ? error.status
    : undefined
}

/** Orders are private: a missing, invalid or foreign access is the same "not found" to the visitor. */
async function getOrderResource<T>(path: string, access: OrderAccess): Promise<T | null> {
  try {
    return await getSdk().client.fetch<T>(path, {
      method: "GET",
      headers: access.token ? { "x-order-token": access.token } : await authHeaders(),
      cache: "no-store",
    })
  } catch (error) {
    const status = statusOf(error)
    if (status === 400 || status === 401 || status === 403 || status === 404) return null
    throw error
  }
}

export async function getOrderDetails(id: string, access: OrderAccess): Promise<OrderDetails | null> {
  const response = await getOrderResource<{ order: OrderDetails }>(
    `/store/orders/${encodeURIComponent(id)}/details`,
    access
  )
  return response?.order ?? null
}

/** Each maker's parcel; [] when the order is not paid yet (no parcels) or cannot be read. */
export async function getOrderParcels(id: string, access: OrderAccess): Promise<OrderParcel[]> {
  const response = await getOrderResource<{ parcels: OrderParcel[] }>(`/store/orders/${encodeURIComponent(id)}/parcels`, access)
  return response?.parcels ?? []
}

export async function getPurchaseCertificate(id: string, access: OrderAccess): Promise<PurchaseCertificate | null> {
  const response = await getOrderResource<{ certificate: PurchaseCertificate }>(
    `/store/orders/${encodeURIComponent(id)}/purchase-certificate`,
    access
  )
  return response?.certificate ?? null
}

/**
 * 주문조회: the order number plus the email or phone given at checkout. A wrong combination is
 * { notFound: message } (the API's Korean message, also for too many tries), never an error page.
 */
export async function lookupOrder(input: {
  order_number: number
  email?: string
  phone?: string
}): Promise<{ found: OrderLookupResult } | { notFound: string }> {
  try {
    const found = await getSdk().client.fetch<OrderLookupResult>("/store/order-lookup", {
      method: "POST",
      body: input,
      headers: await forwardedClient(),
      cache: "no-store",
    })
    return { found }
  } catch (error) {
    const status = statusOf(error)
    if (status === 404 || status === 400 || status === 429) {
      const message = error instanceof Error && /[가-힣]/.test(error.message) ? error.message : ""
      return { notFound: message || "일치하는 주문을 찾을 수 없습니다. 주문번호와 연락처를 다시 확인해 주세요." }
    }
    throw error
  }
}
