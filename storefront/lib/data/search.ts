import "server-only"
import { storeGet } from "@/lib/data/store-fetch"
import type { HighlightSegment } from "@/lib/util/highlight"
import { toSearchApiQuery, type SearchFacetKey, type SearchQuery } from "@/lib/util/search-query"

/** One product found by GET /store/search. */
export type SearchHit = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  /** lowest price in won; null when not priced */
  price: number | null
  maker: { handle: string; name: string } | null
  brand: { handle: string; name: string } | null
  highlight: { title: HighlightSegment[]; maker?: HighlightSegment[] }
}

export type SearchFacetValue = { value: string; label: string; count: number }

export type SearchResult = {
  hits: SearchHit[]
  total: number
  page: number
  limit: number
  facets: Record<SearchFacetKey, SearchFacetValue[]>
  /** "did you mean" queries, mostly when nothing matched */
  suggestions: string[]
  engine: string
}

/** What GET /store/search/suggest offers while someone types. */
export type SearchSuggestions = {
  products: { handle: string; title: string; thumbnail: string | null; price: number | null }[]
  makers: { handle: string; name: string }[]
  brands: { handle: string; name: string }[]
}

/** The search either answered, or refused the query (400) with a message meant for people. */
export type SearchOutcome = { ok: true; result: SearchResult } | { ok: false; message: string }

const TAG = "search"

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
    const result = await storeGet<SearchResult>("/store/search", toSearchApiQuery(query, perPage), TAG)
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
  const found = await storeGet<Partial<SearchSuggestions>>("/store/search/suggest", { q }, TAG)
  return {
    products: found.products ?? [],
    makers: found.makers ?? [],
    brands: found.brands ?? [],
  }
}
