/** Where a published campaign's window stands: 예정 before it, 진행 중 inside, 종료 after. */
export type CampaignPhase = "upcoming" | "live" | "ended"

export const PHASE_LABELS: Record<CampaignPhase, string> = { upcoming: "예정", live: "진행 중", ended: "종료" }

/** The window is [starts_at, ends_at): it is live from starts_at on and over at ends_at, like Medusa's price list. */
export function campaignPhase(window: { starts_at: Date | string; ends_at: Date | string }, now: Date = new Date()): CampaignPhase {
  const t = now.getTime()
  if (t < new Date(window.starts_at).getTime()) return "upcoming"
  if (t < new Date(window.ends_at).getTime()) return "live"
  return "ended"
}

/** True when two windows share an instant ([a, b) and [c, d) overlap when a < d and c < b). */
export function windowsOverlap(
  a: { starts_at: Date | string; ends_at: Date | string },
  b: { starts_at: Date | string; ends_at: Date | string }
): boolean {
  return new Date(a.starts_at).getTime() < new Date(b.ends_at).getTime() && new Date(b.starts_at).getTime() < new Date(a.ends_at).getTime()
}

type CallWindow = { call_starts_at?: Date | string | null; call_ends_at?: Date | string | null }

/** True while makers may propose: now in [call_starts_at, call_ends_at); never when there is no call. */
export function callOpen(campaign: CallWindow, now: Date = new Date()): boolean {
  if (!campaign.call_starts_at || !campaign.call_ends_at) return false
  const t = now.getTime()
  return new Date(campaign.call_starts_at).getTime() <= t && t < new Date(campaign.call_ends_at).getTime()
}
