import "server-only"
import { cache } from "react"
import { getSdk } from "@/lib/sdk"

export type PublicCampaign = {
  id: string
  title: string
  handle: string
  host_center: string
  co_hosts: string[]
  description: string
  banner_url: string | null
  starts_at: string
  ends_at: string
  phase: "upcoming" | "live" | "ended"
  phase_label: string
  starts_at_kst: string
  ends_at_kst: string
}

export type OnSale = { product_id: string; campaign_handle: string; campaign_title: string; ends_at: string }

export type CampaignOverview = {
  live: PublicCampaign[]
  upcoming: PublicCampaign[]
  past: PublicCampaign[]
  on_sale: OnSale[]
  /** The last instant a campaign price changed; cached Store API reads are keyed by it. */
  price_epoch: string
  next_change_at: string | null
}

const EMPTY: CampaignOverview = { live: [], upcoming: [], past: [], on_sale: [], price_epoch: "none", next_change_at: null }

/**
 * The published campaigns, read fresh once per request (never from the data cache): this is
 * what tells every other cached read when campaign prices last changed (see store-fetch.ts).
 * A backend without campaigns (or a failed read) yields none rather than breaking the page.
 */
export const getCampaignOverview = cache(async (): Promise<CampaignOverview> => {
  try {
    return await getSdk().client.fetch<CampaignOverview>("/store/campaigns", { method: "GET", cache: "no-store" })
  } catch {
    return EMPTY
  }
})
