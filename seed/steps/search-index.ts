import { reindexSearch } from "../../backend/workflows/search/reindex"
import type { SeedContext } from "../context"

/** Fills the product search index from the seeded catalog (later changes sync by subscribers). */
export async function ensureSearchIndex(ctx: SeedContext) {
  const { indexed } = await reindexSearch(ctx.container)
  ctx.log(`검색 색인: 상품 ${indexed}개`)
}
