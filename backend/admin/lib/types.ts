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
  gross_amount: number
}

export type MakerSalesReport = {
  from: string
  to: string
  timezone: string
  currency_code: "krw"
  makers: MakerSalesRow[]
  totals: { orders: number; units: number; gross_amount: number }
}
