import type { Discount } from "../../modules/campaigns/utils/sale-price"

export type DiscountBearer = "maker" | "center" | "split"

export type CampaignItemInput = Discount & {
  product_id: string
  per_customer_limit?: number | null
  state?: "accepted" | "proposed" | "declined"
  /** kept when an existing item is written again (a maker's proposal keeps its id) */
  id?: string
  decline_reason?: string | null
}

/** Campaign fields as the workflows take them: the window already parsed to instants. */
export type CampaignFields = {
  title: string
  handle: string
  host_center: string
  co_hosts: string[]
  description: string
  banner_url: string | null
  /** ISO instants (workflow input must survive serialization). */
  starts_at: string
  ends_at: string
  discount_bearer: DiscountBearer
  maker_share_percent: number | null
  /** 참여 신청 기간 (ISO instants), both null when makers are not called; optional for older callers */
  call_starts_at?: string | null
  call_ends_at?: string | null
  call_note?: string | null
}

/** One variant's price in a campaign: what Medusa's price list will hold. */
export type CampaignPriceRow = {
  product_id: string
  product_title: string
  maker_id: string
  maker_name: string
  variant_id: string
  variant_title: string
  price_set_id: string
  regular_price: number
  sale_price: number
}
