import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEARCH_MODULE } from "../../../../modules/search"
import type SearchModuleService from "../../../../modules/search/service"
import { salesChannelsOf } from "../sales-channels"
import type { StoreSearchSuggestQueryType } from "../validators"

/** GET /store/search/suggest?q= — while typing: up to 6 products, 3 makers, 3 joint brands. */
export async function GET(req: MedusaRequest<unknown, StoreSearchSuggestQueryType>, res: MedusaResponse) {
  const { q } = req.validatedQuery as StoreSearchSuggestQueryType
  const search: SearchModuleService = req.scope.resolve(SEARCH_MODULE)
  res.json(await search.suggestProducts(q, salesChannelsOf(req)))
}
