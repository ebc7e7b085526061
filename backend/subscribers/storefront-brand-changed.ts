import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eventIds } from "../lib/storefront/event-ids"
import { revalidateStorefrontWorkflow } from "../workflows/storefront/workflows/revalidate-storefront"

/** A joint brand was added, edited or removed: its page, its members' pages and its product cards refresh. */
export default async function storefrontBrandChanged({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  await revalidateStorefrontWorkflow(container).run({ input: { brand_ids: eventIds(event.data) } })
}

// The model JointBrand emits "makers.joint-brand.*" (MedusaService kebab-cases the class name).
export const config: SubscriberConfig = { event: ["makers.joint-brand.created", "makers.joint-brand.updated", "makers.joint-brand.deleted"] }
