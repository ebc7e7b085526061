import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncSearchDocumentsWorkflow } from "../workflows/search/workflows/sync-search-documents"

/** A joint brand was renamed: the documents of its products follow. */
export default async function searchBrandChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { brand_ids: [event.data.id] } })
}

// The model JointBrand emits "makers.joint-brand.*" (MedusaService kebab-cases the class name).
export const config: SubscriberConfig = { event: ["makers.joint-brand.updated"] }
