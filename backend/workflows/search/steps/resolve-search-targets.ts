import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveProductIds, type SearchSyncTargets } from "../read-search-documents"

export const resolveSearchTargetsStepId = "resolve-search-targets"

/** The products a change touches: a variant's product, a maker's or brand's products (read only). */
export const resolveSearchTargetsStep = createStep(resolveSearchTargetsStepId, async (targets: SearchSyncTargets, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  return new StepResponse(await resolveProductIds(query, targets))
})
