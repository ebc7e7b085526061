import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eventIds } from "../lib/storefront/event-ids"
import { revalidateStorefrontWorkflow } from "../workflows/storefront/workflows/revalidate-storefront"

/**
 * A variant changed — a price set through `/admin/products/:id/variants/:vid` or 판매자센터 arrives
 * as product-variant.updated (updateProductVariantsWorkflow): its product's page and lists refresh.
 */
export default async function storefrontVariantChanged({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  await revalidateStorefrontWorkflow(container).run({ input: { variant_ids: eventIds(event.data) } })
}

export const config: SubscriberConfig = { event: ["product-variant.created", "product-variant.updated", "product-variant.deleted"] }
