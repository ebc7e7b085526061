import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PRODUCT_MAKER_SET_EVENT } from "../workflows/makers/workflows/set-product-maker"
import { syncSearchDocumentsWorkflow } from "../workflows/search/workflows/sync-search-documents"

/** A product was created, edited, deleted or given another maker/brand: its search document follows. */
export default async function searchProductChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { product_ids: [event.data.id] } })
}

export const config: SubscriberConfig = { event: ["product.created", "product.updated", "product.deleted", PRODUCT_MAKER_SET_EVENT] }
