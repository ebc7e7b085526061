import { formatSeoulDateTime } from "../../../lib/dates/seoul-datetime"
import { campaignPhase, PHASE_LABELS } from "./campaign-phase"

type CampaignLike = { starts_at: Date | string; ends_at: Date | string; status: string }

/** A campaign as the APIs answer it: its record plus the phase and the window in Seoul time. */
export function campaignView<T extends CampaignLike>(campaign: T, now = new Date()) {
  const phase = campaignPhase(campaign, now)
  return {
    ...campaign,
    phase,
    phase_label: campaign.status === "published" ? PHASE_LABELS[phase] : "작성 중",
    starts_at_kst: formatSeoulDateTime(new Date(campaign.starts_at)),
    ends_at_kst: formatSeoulDateTime(new Date(campaign.ends_at)),
  }
}
