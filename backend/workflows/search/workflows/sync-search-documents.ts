import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH } from "../../../lib/storefront/cache-tags"
import { bumpStoreCacheVersionStep } from "../../storefront/steps/bump-store-cache-version"
import { revalidateStorefrontStep } from "../../storefront/steps/revalidate-storefront"
import type { SearchSyncTargets } from "../read-search-documents"
import { resolveSearchTargetsStep } from "../steps/resolve-search-targets"
import { writeSearchDocumentsStep } from "../steps/write-search-documents"

export const syncSearchDocumentsWorkflowId = "sync-search-documents"

/**
 * Brings the search documents of the products a change touches up to date, then lets the
 * storefront drop its cached search answers: only now would a fresh read find the new price
 * (the revalidation of the product's own pages runs beside this and cannot know when it is done).
 * The backend's response cache moves on again for the same reason: a search answered between
 * the change's first bump and this write was cached with the old index.
 */
export const syncSearchDocumentsWorkflow = createWorkflow(syncSearchDocumentsWorkflowId, (input: SearchSyncTargets) => {
  const productIds = resolveSearchTargetsStep(input)
  const written = writeSearchDocumentsStep(productIds)
  bumpStoreCacheVersionStep()
  revalidateStorefrontStep([SEARCH]).config({ name: "revalidate-storefront-search" })
  return new WorkflowResponse(written)
})
