export type MakerKind = "self_sufficiency_enterprise" | "regional_enterprise" | "work_unit"

export type CertificationInput = { name: string; number: string; valid_until?: string | null }

export type MakerInput = {
  handle: string
  name: string
  kind: MakerKind
  legal_form?: string | null
  center_id: string
  region: string
  founded_on?: string | null
  story?: string
  phone?: string | null
  email?: string | null
  address?: string | null
  business_registration_number?: string | null
  mail_order_number?: string | null
  representative?: string | null
  logo_url?: string | null
  status?: "active" | "suspended"
  /** 업체별 배송 in won: the parcel fee, waived from the threshold on (null = never free). */
  shipping_base_fee?: number
  free_shipping_threshold?: number | null
  /** 판매수수료 in basis points (0..10000), copied onto each order line when placed */
  commission_rate_bp?: number
  settlement_cycle?: "monthly" | "weekly"
  certifications?: CertificationInput[]
}

export type CenterInput = {
  handle: string
  name: string
  level: "regional" | "local"
  parent_id?: string | null
  region: string
  address?: string | null
  phone?: string | null
}

export type JointBrandInput = {
  handle: string
  name: string
  slogan?: string | null
  description?: string
  logo_url?: string | null
  owner_center_id: string
  member_ids?: string[]
}
