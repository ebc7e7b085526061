import { formatSeoulDateTime } from "../../../lib/dates/seoul-datetime"
import { callOpen, campaignPhase, PHASE_LABELS } from "./campaign-phase"

type CampaignLike = {
  starts_at: Date | string
  ends_at: Date | string
  status: string
  call_starts_at?: Date | string | null
  call_ends_at?: Date | string | null
}

const kst = (v: Date | string | null | undefined) => (v ? formatSeoulDateTime(new Date(v)) : null)

/** A campaign as the APIs answer it: its record plus the phase, the windows in Seoul time and whether its call is open. */
export function campaignView<T extends CampaignLike>(campaign: T, now = new Date()) {
  const phase = campaignPhase(campaign, now)
  return {
    ...campaign,
    phase,
    phase_label: campaign.status === "published" ? PHASE_LABELS[phase] : "작성 중",
    starts_at_kst: formatSeoulDateTime(new Date(campaign.starts_at)),
    ends_at_kst: formatSeoulDateTime(new Date(campaign.ends_at)),
    call_starts_at_kst: kst(campaign.call_starts_at),
    call_ends_at_kst: kst(campaign.call_ends_at),
    call_open: callOpen(campaign, now),
  }
}
