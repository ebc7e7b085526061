import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eventIds } from "../lib/storefront/event-ids"
import { PRODUCT_MAKER_SET_EVENT } from "../workflows/makers/workflows/set-product-maker"
import { revalidateStorefrontWorkflow } from "../workflows/storefront/workflows/revalidate-storefront"

/** A product was created, edited (admin or 판매자센터), deleted or given another maker: its pages and lists refresh. */
export default async function storefrontProductChanged({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  await revalidateStorefrontWorkflow(container).run({ input: { product_ids: eventIds(event.data) } })
}

export const config: SubscriberConfig = { event: ["product.created", "product.updated", "product.deleted", PRODUCT_MAKER_SET_EVENT] }
