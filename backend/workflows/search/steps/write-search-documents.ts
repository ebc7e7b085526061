import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"
import { readSearchDocuments } from "../read-search-documents"

export const writeSearchDocumentsStepId = "write-search-documents"

/**
 * Reads the products as they are now and writes their documents (removing those of deleted
 * products), one sync at a time; compensation restores the previous documents.
 */
export const writeSearchDocumentsStep = createStep(
  writeSearchDocumentsStepId,
  async (productIds: string[], { container }) => {
    const search: SearchModuleService = container.resolve(SEARCH_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    return search.exclusive(async () => {
      const { documents, missing } = await readSearchDocuments(query, productIds)
      const previous = await search.readDocuments(productIds)
      await search.upsertDocuments(documents)
      await search.removeDocuments(missing)
      return new StepResponse({ written: documents.length, removed: missing.length }, { ids: productIds, previous })
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const search: SearchModuleService = container.resolve(SEARCH_MODULE)
    await search.exclusive(async () => {
      await search.removeDocuments(undo.ids)
      await search.upsertDocuments(undo.previous)
    })
  }
)
