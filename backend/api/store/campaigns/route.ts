import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CAMPAIGNS_MODULE } from "../../../modules/campaigns"
import type CampaignsModuleService from "../../../modules/campaigns/service"
import { publicCampaign } from "./public-campaign"

/**
 * Published campaigns: 진행 중, 예정 and 지난 특판전. `price_epoch` is the last instant any
 * campaign price changed (a window opened or closed, a campaign was published, edited or taken
 * down) and `next_change_at` the next window boundary: the storefront keys its cached prices by
 * the epoch, so no page outlives a campaign price (docs/campaigns.md "Caching").
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const campaigns: CampaignsModuleService = req.scope.resolve(CAMPAIGNS_MODULE)
  const all = await campaigns.listSaleCampaigns({}, { withDeleted: true, take: null, order: { starts_at: "DESC" } })
  const now = Date.now()
  let epoch = 0
  let next: number | null = null
  for (const c of all) {
    for (const at of [c.updated_at, c.deleted_at]) if (at) epoch = Math.max(epoch, new Date(at).getTime())
    if (c.status !== "published" || c.deleted_at) continue
    for (const at of [new Date(c.starts_at).getTime(), new Date(c.ends_at).getTime()]) {
      if (at <= now) epoch = Math.max(epoch, at)
      else next = next === null ? at : Math.min(next, at)
    }
  }
  const shown = all.filter((c) => c.status === "published" && !c.deleted_at).map(publicCampaign)
  // which products are on sale right now, for the 특판 badge on cards, product pages and search hits
  const liveIds = shown.filter((c) => c.phase === "live").map((c) => c.id)
  const liveItems = liveIds.length ? await campaigns.listSaleCampaignItems({ campaign_id: liveIds, state: "accepted" }, { select: ["product_id", "campaign_id"], take: null }) : []
  const byId = new Map(shown.map((c) => [c.id, c]))
  const on_sale = liveItems.map((i) => ({ product_id: i.product_id, campaign_handle: byId.get(i.campaign_id)!.handle, campaign_title: byId.get(i.campaign_id)!.title, ends_at: byId.get(i.campaign_id)!.ends_at }))
  res.json({
    live: shown.filter((c) => c.phase === "live").sort((a, b) => a.ends_at.localeCompare(b.ends_at)),
    upcoming: shown.filter((c) => c.phase === "upcoming").sort((a, b) => a.starts_at.localeCompare(b.starts_at)),
    past: shown.filter((c) => c.phase === "ended"),
    on_sale,
    price_epoch: new Date(epoch).toISOString(),
    next_change_at: next === null ? null : new Date(next).toISOString(),
  })
}
