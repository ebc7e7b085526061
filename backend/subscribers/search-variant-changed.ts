import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncSearchDocumentsWorkflow } from "../workflows/search/workflows/sync-search-documents"

/** A variant (and with it a price) changed: its product's price and stock in the index follow. */
export default async function searchVariantChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { variant_ids: [event.data.id] } })
}

// New variants arrive with their product (product.created); edits, prices included, come here.
export const config: SubscriberConfig = { event: "product-variant.updated" }
