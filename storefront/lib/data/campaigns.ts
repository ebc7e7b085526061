import "server-only"
import { storeGetOrNull } from "@/lib/data/store-fetch"
import { CAMPAIGNS, campaignTag } from "@/lib/shared/cache-tags"
import type { PublicCampaign } from "@/lib/data/campaign-overview"

export { getCampaignOverview } from "@/lib/data/campaign-overview"
export type { CampaignOverview, OnSale, PublicCampaign } from "@/lib/data/campaign-overview"

export type CampaignProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  regular_price: number
  sale_price: number
  discount_percent: number
  per_customer_limit: number | null
}

export type CampaignDetail = PublicCampaign & {
  makers: { maker: { id: string; name: string }; products: CampaignProduct[] }[]
}

/** One published campaign with its products grouped by maker, or null for an unknown handle. */
export async function getCampaignByHandle(handle: string): Promise<CampaignDetail | null> {
  const found = await storeGetOrNull<{ campaign: CampaignDetail }>(`/store/campaigns/${encodeURIComponent(handle)}`, {}, [CAMPAIGNS, campaignTag(handle)])
  return found?.campaign ?? null
}
