import type { AmountLike } from "../money/won"

/** The order as read through Query + getOrderDetailWorkflow: only the fields the documents use. */
export type OrderAddress = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  postal_code?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
}

export type OrderPayment = {
  id: string
  provider_id: string
  amount: AmountLike
  captured_at?: string | Date | null
  canceled_at?: string | Date | null
  data?: Record<string, unknown> | null
  refunds?: { id: string }[] | null
}

export type OrderItemRecord = {
  id: string
  title: string
  subtitle?: string | null
  product_title?: string | null
  variant_title?: string | null
  thumbnail?: string | null
  product_id?: string | null
  quantity: AmountLike
  unit_price: AmountLike
  total: AmountLike
}

export type OrderRecord = {
  id: string
  display_id: number
  created_at: string | Date
  email: string | null
  status: string
  payment_status?: string
  fulfillment_status?: string
  currency_code: string
  customer_id?: string | null
  item_total: AmountLike
  shipping_total: AmountLike
  discount_total: AmountLike
  total: AmountLike
  metadata?: Record<string, unknown> | null
  shipping_address?: OrderAddress | null
  items?: OrderItemRecord[] | null
  payment_collections?: { payments?: OrderPayment[] | null }[] | null
}

/** A maker as the order documents name it (current record, for representative and address). */
export type MakerRef = {
  id: string
  handle: string
  name: string
  business_registration_number?: string | null
  representative?: string | null
  address?: string | null
}
