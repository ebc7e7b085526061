/** What a customer may see of a maker: its public seller disclosure (전자상거래법) and story. */
export const STORE_MAKER_FIELDS = [
  "id", "handle", "name", "kind", "legal_form", "region", "founded_on", "story", "phone", "email",
  "address", "business_registration_number", "mail_order_number", "representative", "logo_url",
  // 업체별 배송 terms: a seller's shipping fee is part of what it must disclose
  "shipping_base_fee", "free_shipping_threshold",
  "center.id", "center.handle", "center.name", "center.level", "center.parent_id", "center.region",
  "center.address", "center.phone",
  "certifications.id", "certifications.name", "certifications.number", "certifications.valid_until",
]

export const STORE_MAKER_CARD_FIELDS = [
  "id", "handle", "name", "kind", "region", "logo_url",
  "center.handle", "center.name", "certifications.name",
]

export const STORE_BRAND_FIELDS = [
  "id", "handle", "name", "slogan", "description", "logo_url",
  "owner_center.id", "owner_center.handle", "owner_center.name", "owner_center.region",
]

export const STORE_PRODUCT_SUMMARY_FIELDS = ["id", "handle", "title", "thumbnail", "status"]
