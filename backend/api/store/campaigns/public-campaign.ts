import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { campaignView } from "../../../modules/campaigns/utils/campaign-view"

/** What a customer may see of a campaign (no bearer, no price list id). */
export function publicCampaign(c: {
  id: string; title: string; handle: string; host_center: string; co_hosts: unknown; description: string; banner_url?: string | null
  starts_at: Date | string; ends_at: Date | string; status: string
}) {
  const { phase, phase_label, starts_at_kst, ends_at_kst } = campaignView(c)
  return {
    id: c.id, title: c.title, handle: c.handle, host_center: c.host_center, co_hosts: (c.co_hosts ?? []) as string[],
    description: c.description, banner_url: c.banner_url ?? null,
    starts_at: new Date(c.starts_at).toISOString(), ends_at: new Date(c.ends_at).toISOString(),
    phase, phase_label, starts_at_kst, ends_at_kst,
  }
}

/** Published product ids among these (a draft product is not on the landing page). */
export async function publishedProducts(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return new Map<string, { id: string; title: string; handle: string; thumbnail: string | null }>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "handle", "thumbnail", "status"], filters: { id: ids, status: "published" } })
  return new Map((data as { id: string; title: string; handle: string; thumbnail: string | null }[]).map((p) => [p.id, p]))
}
