import Link from "next/link"
import type { SearchOutcome, SearchResult } from "@/lib/data/search"
import { countPages } from "@/lib/util/pagination"
import { hasSearchFilters, pageHref, querySearchHref, SEARCH_FACETS, type SearchQuery } from "@/lib/util/search-query"
import { Pagination } from "@/modules/categories/components/pagination"
import { ActiveFilters } from "@/modules/search/components/active-filters"
import { SearchEmptyState } from "@/modules/search/components/search-empty-state"
import { SearchFacets } from "@/modules/search/components/search-facets"
import { SearchForm } from "@/modules/search/components/search-form"
import { SearchHitGrid } from "@/modules/search/components/search-hit-grid"
import { SearchSortForm } from "@/modules/search/components/search-sort-form"
import { BrowseLinks, SearchTips, type PopularCategory } from "@/modules/search/components/search-tips"

type SearchTemplateProps = {
  query: SearchQuery
  /** null when nothing was asked yet (no words, no filters) */
  outcome: SearchOutcome | null
  categories: PopularCategory[]
}

export function SearchTemplate({ query, outcome, categories }: SearchTemplateProps) {
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-6 sm:py-10">
      <header className="space-y-4">
        <h1 className="text-2xl font-bold sm:text-3xl">{query.q ? `‘${query.q}’ 검색 결과` : "상품 검색"}</h1>
        <SearchForm q={query.q} />
      </header>
      {outcome === null ? (
        <div className="space-y-8">
          <SearchTips />
          <BrowseLinks categories={categories} />
        </div>
      ) : outcome.ok ? (
        <SearchResults query={query} result={outcome.result} categories={categories} />
      ) : (
        <SearchRefused query={query} message={outcome.message} />
      )}
    </div>
  )
}

/** The API said 400: show its message and ways out instead of an error page. */
function SearchRefused({ query, message }: { query: SearchQuery; message: string }) {
  return (
    <div role="alert" className="space-y-3 rounded-xl bg-cream-100 p-6 text-ink-700 sm:p-8">
      <p className="text-lg font-bold text-ink-900">검색 조건을 다시 확인해 주세요.</p>
      <p>{message}</p>
      <p className="flex flex-wrap gap-4">
        {query.q && hasSearchFilters(query.filters) && (
          <Link href={querySearchHref(query.q)} className="font-semibold text-brand-700 underline">
            ‘{query.q}’ 조건 없이 찾기
          </Link>
        )}
        <Link href="/" className="font-semibold text-brand-700 underline">
          홈으로 가기
        </Link>
      </p>
    </div>
  )
}

type SearchResultsProps = { query: SearchQuery; result: SearchResult; categories: PopularCategory[] }

function SearchResults({ query, result, categories }: SearchResultsProps) {
  const totalPages = countPages(result.total, result.limit || 1)
  const chosen = SEARCH_FACETS.reduce((sum, { key }) => sum + query.filters[key].length, 0)
  const facetsTitle = `조건으로 좁히기${chosen > 0 ? ` (${chosen}개 적용)` : ""}`
  // nothing found and nothing chosen: no facet to offer, the empty state takes the whole width
  const showFacets = result.total > 0 || chosen > 0
  return (
    <div className={showFacets ? "lg:grid lg:grid-cols-[15rem_1fr] lg:gap-8" : ""}>
      {showFacets && (
        <aside aria-labelledby="search-facets-wide" className="hidden lg:block">
          <h2 id="search-facets-wide" className="mb-3 px-2 font-bold">
            {facetsTitle}
          </h2>
          <SearchFacets query={query} result={result} idPrefix="facet-wide" />
        </aside>
      )}
      <section aria-labelledby="search-results" className="min-w-0 space-y-5">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="search-results" className="text-sm text-ink-700">
            상품 <strong className="text-ink-900">{result.total.toLocaleString("ko-KR")}</strong>개
          </h2>
          {result.total > 0 && <SearchSortForm query={query} />}
        </div>
        <ActiveFilters query={query} result={result} />
        {result.total > 0 && (
          <details className="rounded-xl border border-cream-200 bg-white lg:hidden">
            <summary className="cursor-pointer px-4 py-3 font-semibold">{facetsTitle}</summary>
            <div className="px-2 pb-4">
              <SearchFacets query={query} result={result} idPrefix="facet-narrow" />
            </div>
          </details>
        )}
        {result.hits.length > 0 ? (
          <SearchHitGrid hits={result.hits} />
        ) : result.total > 0 ? (
          <p className="rounded-xl bg-cream-100 p-6 text-ink-700">
            이 페이지에는 결과가 없습니다.{" "}
            <Link href={pageHref(query, 1)} className="font-semibold text-brand-700 underline">
              첫 페이지로 가기
            </Link>
          </p>
        ) : (
          <SearchEmptyState query={query} suggestions={result.suggestions} categories={categories} />
        )}
        <Pagination
          page={query.page}
          totalPages={totalPages}
          basePath="/search"
          hrefFor={(page) => pageHref(query, page)}
        />
      </section>
    </div>
  )
}
