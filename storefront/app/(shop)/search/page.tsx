import type { Metadata } from "next"
import { listTopCategories } from "@/lib/data/categories"
import { searchProducts } from "@/lib/data/search"
import type { SearchParams } from "@/lib/util/search-params"
import { hasSearchFilters, parseSearchQuery } from "@/lib/util/search-query"
import { SearchTemplate } from "@/modules/search/templates/search-template"

const RESULTS_PER_PAGE = 24

type SearchPageProps = { searchParams: Promise<SearchParams> }

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const { q } = parseSearchQuery(await searchParams)
  return {
    title: q ? `‘${q}’ 검색 결과` : "상품 검색",
    description: "자활기업이 만든 상품을 이름, 만든 곳, 초성으로 찾아보세요.",
    // endless combinations of words and filters are for people, not for search engines
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const query = parseSearchQuery(await searchParams)
  const asked = query.q !== undefined || hasSearchFilters(query.filters)
  const [outcome, categories] = await Promise.all([
    asked ? searchProducts(query, RESULTS_PER_PAGE) : null,
    listTopCategories(),
  ])
  return (
    <SearchTemplate
      query={query}
      outcome={outcome}
      categories={categories.map(({ handle, name }) => ({ handle, name }))}
    />
  )
}
