/**
 * What the Store search API answers (GET /store/search and /store/search/suggest). Kept apart
 * from the server-only fetchers so the search box (a client component) and tests can use them.
 */
import type { HighlightSegment } from "../util/highlight"
import type { SearchFacetKey } from "../util/search-query"

/** One product found by GET /store/search. */
export type SearchHit = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  /** lowest price in won a cart charges now (a live 특판전's price); null when not priced */
  price: number | null
  /** the regular price (정가) when a live 특판전 lowers `price`, else null */
  regular_price?: number | null
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
