import "server-only"
import { storeGet } from "@/lib/data/store-fetch"
import { SEARCH } from "@/lib/shared/cache-tags"
import type { SearchResult, SearchSuggestions } from "@/lib/data/search-types"
import { toSearchApiQuery, type SearchQuery } from "@/lib/util/search-query"

/** The search either answered, or refused the query (400) with a message meant for people. */
export type SearchOutcome = { ok: true; result: SearchResult } | { ok: false; message: string }

export type { SearchFacetValue, SearchHit, SearchResult, SearchSuggestions } from "@/lib/data/search-types"

function badRequestMessage(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "status" in error && error.status === 400) {
    const message = "message" in error && typeof error.message === "string" ? error.message : ""
    return message || "검색 조건을 확인해 주세요."
  }
  return undefined
}

/** Runs a search. A 400 (bad parameters) is an outcome to show; anything else is an error. */
export async function searchProducts(query: SearchQuery, perPage: number): Promise<SearchOutcome> {
  try {
    const result = await storeGet<SearchResult>("/store/search", toSearchApiQuery(query, perPage), SEARCH)
    return { ok: true, result }
  } catch (error) {
    const message = badRequestMessage(error)
    if (message === undefined) {
      throw error
    }
    return { ok: false, message }
  }
}

export const NO_SUGGESTIONS: SearchSuggestions = { products: [], makers: [], brands: [] }

/** Instant suggestions for what has been typed so far. */
export async function suggestSearch(q: string): Promise<SearchSuggestions> {
  const found = await storeGet<Partial<SearchSuggestions>>("/store/search/suggest", { q }, SEARCH)
  return {
    products: found.products ?? [],
    makers: found.makers ?? [],
    brands: found.brands ?? [],
  }
}
