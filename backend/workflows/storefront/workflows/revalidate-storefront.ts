import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RevalidationTargets } from "../revalidation-tags"
import { bumpStoreCacheVersionStep } from "../steps/bump-store-cache-version"
import { resolveRevalidationTagsStep } from "../steps/resolve-revalidation-tags"
import { revalidateStorefrontStep } from "../steps/revalidate-storefront"

export const revalidateStorefrontWorkflowId = "revalidate-storefront"

/**
 * A product, price, stock, maker, brand or campaign changed: the storefront drops exactly the
 * cached Store API answers that show it (docs/storefront.md "캐시와 갱신"), after the backend's
 * own response cache moved on (so the storefront's fresh read is fresh). A workflow rather
 * than a direct call from the subscribers, to keep the house rule (subscribers only start a
 * workflow) and so the reads run with the container's query like every other workflow.
 */
export const revalidateStorefrontWorkflow = createWorkflow(revalidateStorefrontWorkflowId, (input: RevalidationTargets) => {
  bumpStoreCacheVersionStep()
  const tags = resolveRevalidationTagsStep(input)
  return new WorkflowResponse(revalidateStorefrontStep(tags))
})
