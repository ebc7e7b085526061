import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eventIds } from "../lib/storefront/event-ids"
import { revalidateStorefrontWorkflow } from "../workflows/storefront/workflows/revalidate-storefront"

/** A maker was added, edited (admin or 판매자센터 프로필) or removed: its page, lists and product cards refresh. */
export default async function storefrontMakerChanged({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  await revalidateStorefrontWorkflow(container).run({ input: { maker_ids: eventIds(event.data) } })
}

// Emitted by the makers module itself (MedusaService: <module>.<kebab-case model>.<action>).
export const config: SubscriberConfig = { event: ["makers.maker.created", "makers.maker.updated", "makers.maker.deleted"] }
