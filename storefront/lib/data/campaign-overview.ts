import "server-only"
import { cache } from "react"
import { cacheSeconds } from "@/lib/data/cache-seconds"
import { getSdk } from "@/lib/sdk"
import { CAMPAIGNS } from "@/lib/shared/cache-tags"

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
 * How long the overview may be kept. A campaign created, edited, published or taken down
 * revalidates the CAMPAIGNS tag at once (backend subscriber storefront-campaign-changed); a
 * window boundary is caught by `next_change_at` below. The TTL only bounds what neither covers
 * (STOREFRONT_CAMPAIGN_OVERVIEW_SECONDS; tests set it long, so a turn they see is not a TTL's).
 * 300 s, as long as every other cached read (STOREFRONT_CACHE_SECONDS): every cached catalog
 * page reads it, so it sets how often each page is rendered again under load, and each render
 * holds its worker's thread for 100–190 ms. 10 s made the home page's p95 192 ms; 60 s still put
 * such a render in a crowd's path once a minute per page and worker (the gift sets' p95 79 ms,
 * docs/performance.md). The backend's campaign clock revalidates at each window boundary, so
 * the TTL only bounds a missed one (a backend down at that instant); the cart checks every price
 * itself, so a missed boundary can show an old price but never charge one.
 */
const overviewSeconds = () => {
  const raw = Number(process.env.STOREFRONT_CAMPAIGN_OVERVIEW_SECONDS)
  return Number.isFinite(raw) && raw > 0 ? Math.floor(raw) : 300
}

/**
 * `passed` is a window boundary already behind us: the read is keyed by it (a header, which Next
 * puts in the cache key), so the first render after a boundary reads the backend once and the
 * next ones share that answer. Not "no-store": that would make a cached page dynamic.
 */
const fetchOverview = (passed?: string) =>
  getSdk().client.fetch<CampaignOverview>("/store/campaigns", {
    method: "GET",
    headers: passed ? { "x-jahwal-campaign-boundary": passed } : {},
    next: { revalidate: overviewSeconds(), tags: [CAMPAIGNS] },
  })

/**
 * The published campaigns, once per request: this is what tells every other cached read when
 * campaign prices last changed (see store-fetch.ts). It comes from the data cache unless a
 * window boundary (`next_change_at`: a campaign starting or ending) has passed since it was
 * read; then it is read fresh, so no page outlives a price by even one request. Before, every
 * page view read it uncached: one backend round trip per page that capped every page's rate
 * (`npm run bench:load`, docs/performance.md).
 * A backend without campaigns (or a failed read) yields none rather than breaking the page.
 */
export const getCampaignOverview = cache(async (): Promise<CampaignOverview> => {
  try {
    if (cacheSeconds() === 0) {
      return await getSdk().client.fetch<CampaignOverview>("/store/campaigns", { method: "GET", cache: "no-store" })
    }
    const cached = await fetchOverview()
    const boundary = cached.next_change_at ? Date.parse(cached.next_change_at) : NaN
    return Number.isFinite(boundary) && boundary <= Date.now() ? await fetchOverview(cached.next_change_at!) : cached
  } catch {
    return EMPTY
  }
})
