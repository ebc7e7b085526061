import "server-only"
import { sellerFetch, statusOf } from "@/lib/data/seller-fetch"

/** Shapes of /seller/campaigns (backend/api/seller/campaigns, docs/campaigns.md "참여 신청"). */
export type SellerProposalState = "proposed" | "accepted" | "declined"

export type SellerCampaignItem = {
  id: string
  product_id: string
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  discount_type: "percent" | "fixed_price"
  discount_value: number
  per_customer_limit: number | null
  state: SellerProposalState
  state_label: string
  decline_reason: string | null
}

export type SellerCampaign = {
  id: string
  title: string
  handle: string
  host_center: string
  co_hosts: string[]
  status: string
  starts_at_kst: string
  ends_at_kst: string
  phase_label: string
  call_starts_at_kst: string | null
  call_ends_at_kst: string | null
  call_note: string | null
  call_open: boolean
  items: SellerCampaignItem[]
}

export type ProposableProduct = { id: string; title: string; thumbnail: string | null; regular_price: number | null }

export type ResultLine = { orders: number; units: number; revenue: number; discount: number }
export type SellerCampaignResults = { products: (ResultLine & { product_id: string; product_title: string })[]; totals: ResultLine }

export async function listSellerCampaigns() {
  const { campaigns } = await sellerFetch<{ campaigns: SellerCampaign[] }>("/seller/campaigns")
  return campaigns
}

/** One campaign the maker may see, with what it can still propose and its own results; null when the API says 404. */
export async function retrieveSellerCampaign(id: string) {
  try {
    const path = `/seller/campaigns/${encodeURIComponent(id)}`
    const [{ campaign, proposable }, results] = await Promise.all([
      sellerFetch<{ campaign: SellerCampaign; proposable: ProposableProduct[] }>(path),
      sellerFetch<SellerCampaignResults>(`${path}/results`),
    ])
    return { campaign, proposable, results }
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
}
