import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { campaignView } from "../../../modules/campaigns/utils/campaign-view"
import type { SellerRequest } from "../types"

/** 대기 / 승인 / 거절, as the maker reads the state of its proposal. */
export const PROPOSAL_STATE_LABELS = { proposed: "대기", accepted: "승인", declined: "거절" } as const

type ItemRecord = {
  id: string
  product_id: string
  maker_id: string
  discount_type: "percent" | "fixed_price"
  discount_value: number
  per_customer_limit?: number | null
  state: keyof typeof PROPOSAL_STATE_LABELS
  decline_reason?: string | null
}
export type CampaignRecord = {
  id: string
  title: string
  handle: string
  host_center: string
  co_hosts: unknown
  description: string
  banner_url: string | null
  starts_at: Date | string
  ends_at: Date | string
  status: string
  call_starts_at?: Date | string | null
  call_ends_at?: Date | string | null
  call_note?: string | null
  items?: ItemRecord[]
}

/**
 * A campaign as a maker sees it: the public fields, the call, and only `ownItems` (the caller
 * has already filtered them by the session's maker) with their product's title. Staff-only
 * fields (price list, discount bearer) are left out.
 */
export async function sellerCampaignView(req: SellerRequest, campaign: CampaignRecord, ownItems: ItemRecord[], now = new Date()) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = ownItems.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "handle", "thumbnail"], filters: { id: ownItems.map((i) => i.product_id) } })
    : { data: [] }
  const products = new Map((data as { id: string; title: string; handle: string; thumbnail: string | null }[]).map((p) => [p.id, p]))
  const view = campaignView(campaign, now)
  return {
    id: view.id,
    title: view.title,
    handle: view.handle,
    host_center: view.host_center,
    co_hosts: view.co_hosts,
    description: view.description,
    banner_url: view.banner_url,
    status: view.status,
    starts_at: view.starts_at,
    ends_at: view.ends_at,
    starts_at_kst: view.starts_at_kst,
    ends_at_kst: view.ends_at_kst,
    phase: view.phase,
    phase_label: view.phase_label,
    call_starts_at: view.call_starts_at ?? null,
    call_ends_at: view.call_ends_at ?? null,
    call_starts_at_kst: view.call_starts_at_kst,
    call_ends_at_kst: view.call_ends_at_kst,
    call_note: view.call_note ?? null,
    call_open: view.call_open,
    items: ownItems.map((i) => ({
      id: i.id,
      product_id: i.product_id,
      product: products.get(i.product_id) ?? null,
      discount_type: i.discount_type,
      discount_value: i.discount_value,
      per_customer_limit: i.per_customer_limit ?? null,
      state: i.state,
      state_label: PROPOSAL_STATE_LABELS[i.state],
      decline_reason: i.state === "declined" ? i.decline_reason ?? null : null,
    })),
  }
}
