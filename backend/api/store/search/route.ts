import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEARCH_MODULE } from "../../../modules/search"
import { withLiveCampaignPrices } from "../../../workflows/campaigns/live-hit-prices"
import type SearchModuleService from "../../../modules/search/service"
import { salesChannelsOf } from "./sales-channels"
import type { StoreSearchQueryType } from "./validators"

/**
 * GET /store/search — Korean product search with facets (see docs/search.md): hits with
 * highlight segments, facet counts, sort, pages, and "did you mean" when little matches. Hits
 * carry the price a cart charges now (a live 특판전's price, with `regular_price` = 정가).
 */
export async function GET(req: MedusaRequest<unknown, StoreSearchQueryType>, res: MedusaResponse) {
  const { q, category, maker, region, brand, price_band, certification, sort, page, limit } = req.validatedQuery as StoreSearchQueryType
  const search: SearchModuleService = req.scope.resolve(SEARCH_MODULE)
  const result = await search.searchProducts({
    q: q ?? "",
    filters: { category, maker, region, brand, price_band, certification },
    sort,
    page,
    limit,
    sales_channel_ids: salesChannelsOf(req),
  })
  res.json({ ...result, hits: await withLiveCampaignPrices(req.scope, result.hits) })
}
