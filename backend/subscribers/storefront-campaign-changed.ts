import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CAMPAIGNS } from "../lib/storefront/cache-tags"
import { armCampaignClock } from "../lib/storefront/campaign-clock"
import { revalidateStorefrontWorkflow } from "../workflows/storefront/workflows/revalidate-storefront"

/**
 * A campaign or its items were created, edited, published, unpublished or deleted: the campaign
 * pages refresh. Its prices need no tag — every cached read is keyed by the price epoch, which
 * such a change moves (docs/campaigns.md) — but its title, text and banner do.
 */
export default async function storefrontCampaignChanged({ container }: SubscriberArgs<{ id: string | string[] }>) {
  await revalidateStorefrontWorkflow(container).run({ input: { tags: [CAMPAIGNS] } })
  // its window may have moved: the clock revalidates again when it opens or closes
  await armCampaignClock(container)
}

export const config: SubscriberConfig = {
  event: [
    "campaigns.sale-campaign.created", "campaigns.sale-campaign.updated", "campaigns.sale-campaign.deleted",
    "campaigns.sale-campaign-item.created", "campaigns.sale-campaign-item.updated", "campaigns.sale-campaign-item.deleted",
  ],
}
