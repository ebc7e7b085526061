import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { revalidationTags, type RevalidationTargets } from "../revalidation-tags"

export const resolveRevalidationTagsStepId = "resolve-revalidation-tags"

/** The storefront cache tags a change makes stale (read only: nothing to undo). */
export const resolveRevalidationTagsStep = createStep(resolveRevalidationTagsStepId, async (targets: RevalidationTargets, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  return new StepResponse(await revalidationTags(query, container, targets))
})
