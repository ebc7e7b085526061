import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEARCH_MODULE } from "../../modules/search"
import type SearchModuleService from "../../modules/search/service"
import { readSearchDocuments } from "./read-search-documents"

const BATCH = 100

/**
 * Rebuilds the whole search index from the catalog, in batches, then drops documents of
 * products that no longer exist. Readers keep seeing the old documents until each batch lands.
 */
export async function reindexSearch(
  container: MedusaContainer,
  onProgress: (done: number, total: number) => void = () => {}
): Promise<{ indexed: number; examined: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const search: SearchModuleService = container.resolve(SEARCH_MODULE)
  const { data } = await query.graph({ entity: "product", fields: ["id"] })
  const ids = data.map((p) => p.id as string)
  onProgress(0, ids.length)
  let indexed = 0
  for (let i = 0; i < ids.length; i += BATCH) {
    // Each batch reads and writes in turn with the subscribers' syncs (see service.exclusive).
    await search.exclusive(async () => {
      const { documents } = await readSearchDocuments(query, ids.slice(i, i + BATCH))
      await search.upsertDocuments(documents)
      indexed += documents.filter((d) => d.status === "published").length
    })
    onProgress(Math.min(i + BATCH, ids.length), ids.length)
  }
  await search.exclusive(() => search.retainOnly(ids))
  // examined: every product read and written; indexed: the documents the shop finds (on sale; a
  // listing waiting for approval is kept in the index but filtered out by its status)
  return { indexed, examined: ids.length }
}
