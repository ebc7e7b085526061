import { parseSeoulDateTime } from "../../../lib/dates/seoul-datetime"
import { sanitizeRichText } from "../../../lib/security/safe-html"
import type { CampaignFields } from "../../../workflows/campaigns/types"
import type { AdminUpdateCampaignType } from "./validators"

/** Validated body fields → workflow fields: the window as ISO instants (Seoul wall time read as KST), the description sanitized. */
export function normalizeCampaignFields(body: AdminUpdateCampaignType): Partial<CampaignFields> {
  const out: Partial<CampaignFields> = {}
  if (body.title !== undefined) out.title = body.title
  if (body.handle !== undefined) out.handle = body.handle
  if (body.host_center !== undefined) out.host_center = body.host_center
  if (body.co_hosts !== undefined) out.co_hosts = body.co_hosts
  if (body.description !== undefined) out.description = sanitizeRichText(body.description)
  if (body.banner_url !== undefined) out.banner_url = body.banner_url ?? null
  if (body.starts_at !== undefined) out.starts_at = parseSeoulDateTime(body.starts_at)!.toISOString()
  if (body.ends_at !== undefined) out.ends_at = parseSeoulDateTime(body.ends_at)!.toISOString()
  if (body.discount_bearer !== undefined) out.discount_bearer = body.discount_bearer
  if (body.maker_share_percent !== undefined) out.maker_share_percent = body.maker_share_percent ?? null
  // the call window: an empty value clears it (no call)
  if (body.call_starts_at !== undefined) out.call_starts_at = body.call_starts_at ? parseSeoulDateTime(body.call_starts_at)!.toISOString() : null
  if (body.call_ends_at !== undefined) out.call_ends_at = body.call_ends_at ? parseSeoulDateTime(body.call_ends_at)!.toISOString() : null
  if (body.call_note !== undefined) out.call_note = body.call_note || null
  return out
}
