import Link from "next/link"
import { clearFiltersHref, hasSearchFilters, querySearchHref, type SearchQuery } from "@/lib/util/search-query"
import { BrowseLinks, SearchTips, type PopularCategory } from "@/modules/search/components/search-tips"

type SearchEmptyStateProps = {
  query: SearchQuery
  /** "did you mean" queries from the search API */
  suggestions: string[]
  categories: PopularCategory[]
}

/** Nothing found: say so kindly, offer other spellings, fewer conditions and ways to browse. */
export function SearchEmptyState({ query, suggestions, categories }: SearchEmptyStateProps) {
  const filtered = hasSearchFilters(query.filters)
  return (
    <div className="space-y-8 rounded-xl bg-cream-100 p-6 sm:p-8">
      <div className="space-y-2">
        <p className="text-lg font-bold text-ink-900">
          {query.q ? `‘${query.q}’에 맞는 상품을 찾지 못했습니다.` : "조건에 맞는 상품을 찾지 못했습니다."}
        </p>
        {filtered && (
          <p className="text-ink-700">
            고른 조건이 너무 많을 수 있어요.{" "}
            <Link href={clearFiltersHref(query)} rel="nofollow" className="font-semibold text-brand-700 underline">
              조건을 모두 지우고 다시 찾기
            </Link>
          </p>
        )}
      </div>
      {suggestions.length > 0 && (
        <section aria-labelledby="search-did-you-mean" className="space-y-2">
          <h2 id="search-did-you-mean" className="font-bold text-ink-900">
            혹시 이것을 찾으셨나요?
          </h2>
          <ul className="flex flex-wrap gap-2">
            {suggestions.map((suggestion) => (
              <li key={suggestion}>
                <Link
                  href={querySearchHref(suggestion)}
                  className="inline-flex h-10 items-center rounded-full bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700"
                >
                  {suggestion}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <SearchTips />
      <BrowseLinks categories={categories} />
    </div>
  )
}
