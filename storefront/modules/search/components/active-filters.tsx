import Link from "next/link"
import type { SearchResult } from "@/lib/data/search"
import {
  clearFiltersHref,
  priceBandLabel,
  SEARCH_FACETS,
  toggleFilterHref,
  type SearchQuery,
} from "@/lib/util/search-query"

/** The chosen filters as chips; each one's link is the same search without it. */
export function ActiveFilters({ query, result }: { query: SearchQuery; result: SearchResult | null }) {
  const chips = SEARCH_FACETS.flatMap(({ key, label: facetLabel }) =>
    query.filters[key].map((value) => {
      const offered = result?.facets[key]?.find((offer) => offer.value === value)
      const label = offered?.label ?? (key === "price_band" ? priceBandLabel(value) : undefined) ?? value
      return { key, value, label, facetLabel }
    })
  )
  if (chips.length === 0) {
    return null
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">적용한 조건</h2>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={`${chip.key}-${chip.value}`}>
            <Link
              href={toggleFilterHref(query, chip.key, chip.value)}
              rel="nofollow"
              aria-label={`${chip.facetLabel} ${chip.label} 조건 지우기`}
              className="flex h-9 items-center gap-1 rounded-full border border-brand-500 bg-brand-50 pl-3 pr-2 text-sm font-semibold text-brand-700 hover:bg-brand-100"
            >
              {chip.label}
              <span aria-hidden="true" className="text-base leading-none">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href={clearFiltersHref(query)} rel="nofollow" className="px-2 text-sm text-ink-700 underline hover:text-brand-700">
        조건 모두 지우기
      </Link>
    </div>
  )
}
