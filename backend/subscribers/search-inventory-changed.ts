import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncSearchDocumentsWorkflow } from "../workflows/search/workflows/sync-search-documents"

/** Stock changed at a location: whether the products are in stock may have changed. */
export default async function searchInventoryChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { inventory_level_ids: [event.data.id] } })
}

// Stock placed with a new product arrives with it (product.created); later changes come here.
export const config: SubscriberConfig = { event: "inventory-level.updated" }
