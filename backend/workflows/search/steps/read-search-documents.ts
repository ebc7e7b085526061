import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readSearchDocuments, resolveProductIds, type SearchSyncTargets } from "../read-search-documents"

export const readSearchDocumentsStepId = "read-search-documents"

/** Reads the current search documents of the products a change touches (read only). */
export const readSearchDocumentsStep = createStep(readSearchDocumentsStepId, async (targets: SearchSyncTargets, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = await resolveProductIds(query, targets)
  return new StepResponse(await readSearchDocuments(query, productIds))
})
