import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listMakerRegions, listMakers } from "@/lib/data/makers"
import { parseMakerFilters } from "@/lib/util/maker-filters"
import { countPages, parsePageParam } from "@/lib/util/pagination"
import type { SearchParams } from "@/lib/util/search-params"
import { MakersTemplate } from "@/modules/makers/templates/makers-template"

const MAKERS_PER_PAGE = 12

export const metadata: Metadata = {
  title: "만든 곳",
  description: "자활장터에서 상품을 파는 전국의 자활기업, 광역자활기업, 자활근로사업단을 지역과 종류로 찾아보세요.",
}

export default async function MakersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams
  const filters = parseMakerFilters(query)
  const page = parsePageParam(query.page)
  const [{ makers, count }, regions] = await Promise.all([
    listMakers(filters, page, MAKERS_PER_PAGE),
    listMakerRegions(),
  ])
  const totalPages = countPages(count, MAKERS_PER_PAGE)
  if (page > totalPages) {
    notFound()
  }
  return (
    <MakersTemplate
      makers={makers}
      count={count}
      filters={filters}
      regions={regions}
      page={page}
      totalPages={totalPages}
    />
  )
}
