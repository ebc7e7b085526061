import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"
import type { SearchDocument } from "../../../modules/search/types"

export const writeSearchDocumentsStepId = "write-search-documents"

type Input = { documents: SearchDocument[]; missing: string[] }

/** Upserts documents and removes those of deleted products; compensation restores the previous ones. */
export const writeSearchDocumentsStep = createStep(
  writeSearchDocumentsStepId,
  async ({ documents, missing }: Input, { container }) => {
    const search: SearchModuleService = container.resolve(SEARCH_MODULE)
    const ids = [...documents.map((d) => d.id), ...missing]
    const previous = await search.readDocuments(ids)
    await search.upsertDocuments(documents)
    await search.removeDocuments(missing)
    return new StepResponse({ written: documents.length, removed: missing.length }, { ids, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const search: SearchModuleService = container.resolve(SEARCH_MODULE)
    await search.removeDocuments(undo.ids)
    await search.upsertDocuments(undo.previous)
  }
)
