import type { MedusaContainer } from "@medusajs/framework/types"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"
import { revalidateStorefrontWorkflow } from "../../workflows/storefront/workflows/revalidate-storefront"
import { CAMPAIGNS } from "./cache-tags"

/**
 * The storefront keeps its catalog pages until a tag is revalidated (issue #14), and every one
 * of them carries the CAMPAIGNS tag (each read is keyed by the campaigns' price epoch). No event
 * tells when a 특판전 opens or closes — time does — so this clock revalidates CAMPAIGNS at each
 * published window boundary (`starts_at`, `ends_at`), to the instant: a 10:00 opening shows the
 * 특판가 at 10:00, not at the next TTL.
 *
 * One timer per process, always for the nearest boundary within the horizon. It is armed again
 * after every campaign change (subscriber storefront-campaign-changed), after it fires, and once a
 * minute by the job campaign-clock (a process that just started, or a boundary more than the
 * horizon away). Arming twice for the same instant keeps one timer.
 */
const HORIZON_MS = 60 * 60_000
/** after the boundary, so the Store API already counts the window as open (or closed) */
const AFTER_MS = 250

let timer: NodeJS.Timeout | null = null
let armedFor: number | null = null

async function nextBoundary(container: MedusaContainer, now: number): Promise<number | null> {
  const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
  const published = await campaigns.listSaleCampaigns({ status: "published" }, { select: ["starts_at", "ends_at"], take: null })
  let next: number | null = null
  for (const c of published) {
    for (const at of [new Date(c.starts_at).getTime(), new Date(c.ends_at).getTime()]) {
      if (at > now && at - now <= HORIZON_MS && (next === null || at < next)) next = at
    }
  }
  return next
}

/** Sets the timer for the nearest boundary (or none); returns its instant, for tests and logs. */
export async function armCampaignClock(container: MedusaContainer): Promise<number | null> {
  const now = Date.now()
  const next = await nextBoundary(container, now)
  if (next === armedFor) return next
  if (timer) clearTimeout(timer)
  timer = null
  armedFor = next
  if (next === null) return null
  timer = setTimeout(() => {
    timer = null
    armedFor = null
    void revalidateStorefrontWorkflow(container)
      .run({ input: { tags: [CAMPAIGNS] } })
      .catch((error) => container.resolve("logger").warn(`특판전 시작·종료 갱신 실패: ${(error as Error).message}`))
      .finally(() => void armCampaignClock(container).catch(() => undefined))
  }, next - now + AFTER_MS)
  // a boundary an hour away must not keep a finished process (a test, a CLI command) alive
  timer.unref()
  return next
}
