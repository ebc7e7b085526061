/** What 판매자센터 shows of the seller's own maker (legal fields read-only). */
export const SELLER_MAKER_FIELDS = [
  "id", "handle", "name", "kind", "region", "story", "phone", "email", "address", "logo_url",
  "shipping_base_fee", "free_shipping_threshold", "status", "business_registration_number", "representative", "mail_order_number",
]
