import type { Discount } from "../../modules/campaigns/utils/sale-price"

export type DiscountBearer = "maker" | "center" | "split"

export type CampaignItemInput = Discount & {
  product_id: string
  per_customer_limit?: number | null
  state?: "accepted" | "proposed" | "declined"
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
