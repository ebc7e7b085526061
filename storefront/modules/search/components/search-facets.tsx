import Link from "next/link"
import type { SearchFacetValue, SearchResult } from "@/lib/data/search"
import {
  priceBandLabel,
  SEARCH_FACETS,
  toggleFilterHref,
  type SearchFacetKey,
  type SearchQuery,
} from "@/lib/util/search-query"

/** Values shown at once per facet; the rest wait behind "더 보기" so a phone does not scroll forever. */
const SHOWN_VALUES = 8

/** A facet's values as offered, plus chosen ones the search no longer counts (so they can be removed). */
function facetValues(result: SearchResult | null, key: SearchFacetKey, chosen: string[]): SearchFacetValue[] {
  const offered = result?.facets[key] ?? []
  const missing = chosen
    .filter((value) => !offered.some((offer) => offer.value === value))
    .map((value) => ({ value, label: (key === "price_band" && priceBandLabel(value)) || value, count: 0 }))
  return [...offered, ...missing]
}

type FacetLinkProps = { query: SearchQuery; facet: SearchFacetKey; value: SearchFacetValue }

function FacetLink({ query, facet, value }: FacetLinkProps) {
  const chosen = query.filters[facet].includes(value.value)
  return (
    <Link
      href={toggleFilterHref(query, facet, value.value)}
      rel="nofollow"
      className="flex min-h-10 items-center gap-2 rounded-lg px-2 text-sm text-ink-700 hover:bg-brand-50"
    >
      <span
        aria-hidden="true"
        className={`flex size-5 shrink-0 items-center justify-center rounded border text-xs ${
          chosen ? "border-brand-600 bg-brand-600 text-white" : "border-ink-500 bg-white"
        }`}
      >
        {chosen ? "✓" : ""}
      </span>
      <span className={`min-w-0 flex-1 ${chosen ? "font-semibold text-ink-900" : ""}`}>
        {chosen && <span className="sr-only">선택됨: </span>}
        {value.label}
      </span>
      <span className="shrink-0 text-xs text-ink-500">
        <span className="sr-only">상품 </span>
        {value.count.toLocaleString("ko-KR")}
        <span className="sr-only">개</span>
      </span>
    </Link>
  )
}

type SearchFacetsProps = {
  query: SearchQuery
  result: SearchResult | null
  /** keeps heading ids unique when the panel is on the page twice (phone and wide screen) */
  idPrefix: string
}

/**
 * The facets as links that add or remove one value: values of one facet are alternatives (OR),
 * different facets all apply (AND). Links work without JavaScript and keep everything in the URL.
 */
export function SearchFacets({ query, result, idPrefix }: SearchFacetsProps) {
  const facets = SEARCH_FACETS.map((facet) => ({
    ...facet,
    values: facetValues(result, facet.key, query.filters[facet.key]),
  })).filter((facet) => facet.values.length > 0)
  if (facets.length === 0) {
    return null
  }
  return (
    <div className="space-y-5">
      {facets.map((facet) => {
        const headingId = `${idPrefix}-${facet.key}`
        const shown = facet.values.slice(0, SHOWN_VALUES)
        const more = facet.values.slice(SHOWN_VALUES)
        const link = (value: SearchFacetValue) => (
          <li key={value.value}>
            <FacetLink query={query} facet={facet.key} value={value} />
          </li>
        )
        return (
          <section key={facet.key} aria-labelledby={headingId} className="space-y-1">
            <h3 id={headingId} className="px-2 text-sm font-bold text-ink-900">
              {facet.label}
            </h3>
            <ul>{shown.map(link)}</ul>
            {more.length > 0 && (
              <details>
                <summary className="cursor-pointer px-2 py-2 text-sm font-semibold text-brand-700">
                  {facet.label} {more.length}개 더 보기
                </summary>
                <ul>{more.map(link)}</ul>
              </details>
            )}
          </section>
        )
      })}
    </div>
  )
}
