/** Shapes of the makers-domain admin API (backend/api/admin/*), as the admin receives them. */

export type CenterLevel = "regional" | "local"
export type MakerKind = "self_sufficiency_enterprise" | "regional_enterprise" | "work_unit"
export type MakerStatus = "active" | "suspended"

export type Ref = { id: string; name: string; handle: string }

export type Center = {
  id: string
  handle: string
  name: string
  level: CenterLevel
  parent_id: string | null
  region: string
  address: string | null
  phone: string | null
  makers: Ref[]
}

export type Certification = { id?: string; name: string; number: string; valid_until: string | null }

export type Maker = {
  id: string
  handle: string
  name: string
  kind: MakerKind
  legal_form: string | null
  center_id: string
  region: string
  founded_on: string | null
  story: string
  phone: string | null
  email: string | null
  address: string | null
  business_registration_number: string | null
  mail_order_number: string | null
  representative: string | null
  logo_url: string | null
  status: MakerStatus
  shipping_base_fee: number
  free_shipping_threshold: number | null
  center: { id: string; handle: string; name: string; level: CenterLevel } | null
  certifications: Certification[]
  brands: Ref[]
  products?: { id: string; title: string; handle: string; status: string }[]
}

export type JointBrand = {
  id: string
  handle: string
  name: string
  slogan: string | null
  description: string | null
  logo_url: string | null
  owner_center_id: string
  owner_center: { id: string; name: string } | null
  members: Ref[]
  products: { id: string; title: string }[]
}

export type Paged<K extends string, T> = { [key in K]: T[] } & { count: number; limit: number; offset: number }

export type CenterInput = {
  handle: string
  name: string
  level: CenterLevel
  parent_id?: string | null
  region: string
  address?: string | null
  phone?: string | null
}

export type MakerInput = {
  handle: string
  name: string
  kind: MakerKind
  center_id: string
  region: string
  legal_form?: string | null
  founded_on?: string | null
  story?: string
  phone?: string | null
  email?: string | null
  address?: string | null
  business_registration_number?: string | null
  mail_order_number?: string | null
  representative?: string | null
  logo_url?: string | null
  status?: MakerStatus
  shipping_base_fee?: number
  free_shipping_threshold?: number | null
  certifications?: { name: string; number: string; valid_until?: string | null }[]
}

export type JointBrandInput = {
  handle: string
  name: string
  owner_center_id: string
  slogan?: string | null
  description?: string
  logo_url?: string | null
  member_ids?: string[]
}

export type ProductMaker = { maker: Ref | null; joint_brand: Ref | null }

export type MakerSalesRow = {
  maker_id: string
  maker_handle: string
  maker_name: string
  business_registration_number: string | null
  orders: number
  units: number
  /** 판매액: what the order rows sold, canceled orders included. */
  gross_amount: number
  refunded_units: number
  /** ≤ 0: taken back by cancels, returns and refunds. */
  refunded_amount: number
  /** 순매출 = gross + refunded. */
  net_amount: number
}

export type MakerSalesReport = {
  from: string
  to: string
  timezone: string
  currency_code: "krw"
  makers: MakerSalesRow[]
  totals: { orders: number; units: number; gross_amount: number; refunded_units: number; refunded_amount: number; net_amount: number }
}

/** One component of a gift set or pack: `quantity` units of a plain variant's inventory item. */
export type GiftSetComponent = {
  /** The plain variant that sells this component alone (not sent by every server version). */
  variant_id?: string
  quantity: number
  product_handle: string
  product_title: string
  variant_title: string
  /** Standalone price of one unit in won; may be fractional (5,500원 / 16봉). */
  unit_price: number
  maker: { handle: string; name: string } | null
}

/** `GET /admin/gift-sets/:variant_id/composition`; `components` is empty for a plain variant. */
export type GiftSetComposition = {
  variant_id: string
  sku: string | null
  title: string
  price: number | null
  tiers: { min_quantity: number; amount: number }[]
  components: GiftSetComponent[]
  maker_split: { maker_handle: string; maker_name: string; amount: number }[]
  /** How many sets the components' stock allows; null when nothing is stocked. */
  available_sets: number | null
}

export type GiftSetComponentInput = { variant_id: string; quantity: number }
