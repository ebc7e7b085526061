import type { MedusaContainer } from "@medusajs/framework/types"
import { armCampaignClock } from "../lib/storefront/campaign-clock"

/** Every minute: the clock that revalidates the storefront when a 특판전 opens or closes is armed (lib/storefront/campaign-clock.ts). */
export default async function campaignClock(container: MedusaContainer) {
  await armCampaignClock(container)
}

export const config = {
  name: "campaign-clock",
  schedule: "* * * * *",
}
