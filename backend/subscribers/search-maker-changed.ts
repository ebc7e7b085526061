import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncSearchDocumentsWorkflow } from "../workflows/search/workflows/sync-search-documents"

/** A maker was renamed, moved or suspended: the documents of all its products follow. */
export default async function searchMakerChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { maker_ids: [event.data.id] } })
}

// Emitted by the makers module itself (MedusaService emits <module>.<model>.<action>).
export const config: SubscriberConfig = { event: "makers.maker.updated" }
