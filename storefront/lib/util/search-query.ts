import { parsePageParam } from "./pagination"
import { firstParam, type SearchParams } from "./search-params"

/** The facets of GET /store/search, in the order the /search page shows them. */
export const SEARCH_FACETS = [
  { key: "category", label: "카테고리" },
  { key: "price_band", label: "가격대" },
  { key: "region", label: "지역" },
  { key: "maker", label: "만든 곳" },
  { key: "brand", label: "공동브랜드" },
  { key: "certification", label: "인증" },
] as const
export type SearchFacetKey = (typeof SEARCH_FACETS)[number]["key"]

/** The price bands the search API knows (whole won, VAT included). */
export const SEARCH_PRICE_BANDS = [
  { key: "under-10000", label: "1만원 미만" },
  { key: "10000-30000", label: "1만~3만원" },
  { key: "30000-50000", label: "3만~5만원" },
  { key: "50000-100000", label: "5만~10만원" },
  { key: "over-100000", label: "10만원 이상" },
] as const

export const SEARCH_SORTS = [
  { key: "relevance", label: "정확도순" },
  { key: "price_asc", label: "낮은 가격순" },
  { key: "price_desc", label: "높은 가격순" },
  { key: "newest", label: "최신순" },
] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]["key"]

export const SEARCH_QUERY_MAX_LENGTH = 100
/** More values than this in one facet is not a person clicking: the rest is dropped. */
const MAX_VALUES_PER_FACET = 20

export type SearchFilters = Record<SearchFacetKey, string[]>

/** Everything the /search page reads from its URL. */
export type SearchQuery = {
  q?: string
  filters: SearchFilters
  sort: SearchSort
  page: number
}

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PRICE_BAND_KEYS = new Set<string>(SEARCH_PRICE_BANDS.map((band) => band.key))

/** Which values each facet accepts; anything else in the URL is dropped rather than sent to the API. */
const VALID: Record<SearchFacetKey, (value: string) => boolean> = {
  category: (value) => value.length <= 100 && HANDLE.test(value),
  maker: (value) => value.length <= 100 && HANDLE.test(value),
  brand: (value) => value.length <= 100 && HANDLE.test(value),
  price_band: (value) => PRICE_BAND_KEYS.has(value),
  region: (value) => value.length >= 2 && value.length <= 20,
  certification: (value) => value.length <= 50,
}

export function emptySearchFilters(): SearchFilters {
  return { category: [], price_band: [], region: [], maker: [], brand: [], certification: [] }
}

/**
 * The values of a repeatable parameter: repeated keys (`maker=a&maker=b`, what a GET form sends)
 * and comma-separated lists (`maker=a,b`) both count; blanks and duplicates go.
 */
export function listParam(raw: string | string[] | undefined): string[] {
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter((value) => value !== "")
  return [...new Set(values)]
}

/**
 * Reads the /search query from the URL. A value the API would reject (a malformed handle, an
 * unknown price band or sort) is dropped, so a mistyped or old link still shows results.
 */
export function parseSearchQuery(params: SearchParams): SearchQuery {
  const filters = emptySearchFilters()
  for (const { key } of SEARCH_FACETS) {
    filters[key] = listParam(params[key]).filter(VALID[key]).slice(0, MAX_VALUES_PER_FACET)
  }
  const q = firstParam(params.q)?.replace(/\s+/g, " ").slice(0, SEARCH_QUERY_MAX_LENGTH)
  const sort = firstParam(params.sort)
  return {
    ...(q ? { q } : {}),
    filters,
    sort: SEARCH_SORTS.find((s) => s.key === sort)?.key ?? "relevance",
    page: parsePageParam(params.page),
  }
}

export function hasSearchFilters(filters: SearchFilters): boolean {
  return SEARCH_FACETS.some(({ key }) => filters[key].length > 0)
}

/**
 * The /search URL of a query: repeated keys for several values of a facet, nothing written for
 * defaults (relevance, page 1), keys in a fixed order so one search has one address.
 */
export function searchHref(query: SearchQuery): string {
  const params = new URLSearchParams()
  if (query.q) {
    params.set("q", query.q)
  }
  for (const { key } of SEARCH_FACETS) {
    for (const value of query.filters[key]) {
      params.append(key, value)
    }
  }
  if (query.sort !== "relevance") {
    params.set("sort", query.sort)
  }
  if (query.page > 1) {
    params.set("page", String(query.page))
  }
  const search = params.toString()
  return search ? `/search?${search}` : "/search"
}

/** Adds the value to the facet, or takes it out when already chosen; back to page 1 either way. */
export function toggleFilterHref(query: SearchQuery, facet: SearchFacetKey, value: string): string {
  const chosen = query.filters[facet]
  const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]
  return searchHref({ ...query, filters: { ...query.filters, [facet]: next }, page: 1 })
}

/** The same search without any filter (query and sort kept). */
export function clearFiltersHref(query: SearchQuery): string {
  return searchHref({ ...query, filters: emptySearchFilters(), page: 1 })
}

/** The same filters and sort on another page. */
export function pageHref(query: SearchQuery, page: number): string {
  return searchHref({ ...query, page })
}

/** A fresh search for other words (a "did you mean" suggestion): filters are dropped, they may exclude it. */
export function querySearchHref(q: string): string {
  return searchHref({ q, filters: emptySearchFilters(), sort: "relevance", page: 1 })
}

/**
 * The query parameters of GET /store/search. Several values of a facet go comma-separated
 * (the Store API takes both forms, and the SDK would write arrays as `key[0]=`).
 */
export function toSearchApiQuery(query: SearchQuery, limit: number): Record<string, string | number> {
  const api: Record<string, string | number> = { sort: query.sort, page: query.page, limit }
  if (query.q) {
    api.q = query.q
  }
  for (const { key } of SEARCH_FACETS) {
    if (query.filters[key].length > 0) {
      api[key] = query.filters[key].join(",")
    }
  }
  return api
}

export function priceBandLabel(key: string): string | undefined {
  return SEARCH_PRICE_BANDS.find((band) => band.key === key)?.label
}
