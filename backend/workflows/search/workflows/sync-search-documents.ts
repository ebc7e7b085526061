import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SearchSyncTargets } from "../read-search-documents"
import { resolveSearchTargetsStep } from "../steps/resolve-search-targets"
import { writeSearchDocumentsStep } from "../steps/write-search-documents"

export const syncSearchDocumentsWorkflowId = "sync-search-documents"

/** Brings the search documents of the products a change touches up to date. */
export const syncSearchDocumentsWorkflow = createWorkflow(syncSearchDocumentsWorkflowId, (input: SearchSyncTargets) => {
  const productIds = resolveSearchTargetsStep(input)
  return new WorkflowResponse(writeSearchDocumentsStep(productIds))
})
