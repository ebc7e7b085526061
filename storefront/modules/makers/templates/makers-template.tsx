import Link from "next/link"
import type { MakerCard as MakerCardData } from "@/lib/data/makers"
import { hasMakerFilters, type MakerFilters } from "@/lib/util/maker-filters"
import { makerKindLabel } from "@/lib/util/maker-kinds"
import { Pagination } from "@/modules/categories/components/pagination"
import { MakerCard } from "@/modules/makers/components/maker-card"
import { MakerFilterForm } from "@/modules/makers/components/maker-filter-form"

type MakersTemplateProps = {
  makers: MakerCardData[]
  count: number
  filters: MakerFilters
  regions: string[]
  page: number
  totalPages: number
}

function describeFilters(filters: MakerFilters): string {
  return [
    filters.q && `“${filters.q}”`,
    filters.region,
    filters.kind && makerKindLabel(filters.kind),
    filters.certification && `${filters.certification} 인증`,
  ]
    .filter(Boolean)
    .join(" · ")
}

export function MakersTemplate({ makers, count, filters, regions, page, totalPages }: MakersTemplateProps) {
  const filtered = hasMakerFilters(filters)
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:py-12">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">만든 곳</h1>
        <p className="max-w-2xl text-ink-700">
          자활장터의 상품은 전국의 자활기업, 광역자활기업, 자활근로사업단이 만들고 직접 판매합니다. 지역과
          종류로 찾아 그분들의 이야기를 만나 보세요.
        </p>
        <p>
          <Link href="/brands" className="text-sm font-semibold text-brand-700 underline">
            광역자활센터 공동브랜드 보기
          </Link>
        </p>
      </header>
      <MakerFilterForm filters={filters} regions={regions} />
      <section aria-labelledby="makers-results" className="space-y-6">
        <h2 id="makers-results" className="text-sm text-ink-500">
          {filtered ? `${describeFilters(filters)} 조건의 ` : "전체 "}만든 곳 {count.toLocaleString("ko-KR")}곳
        </h2>
        {makers.length > 0 ? (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {makers.map((maker) => (
              <li key={maker.id}>
                <MakerCard maker={maker} />
              </li>
            ))}
          </ul>
        ) : (
          <div className="space-y-3 rounded-xl bg-cream-100 p-8 text-center text-ink-700">
            <p className="font-semibold text-ink-900">조건에 맞는 만든 곳이 없습니다.</p>
            <p>다른 지역이나 종류를 골라 보시거나, 조건을 지우고 전체 목록을 확인해 주세요.</p>
            <Link
              href="/makers"
              className="inline-block rounded-full bg-brand-600 px-6 py-3 font-semibold text-white hover:bg-brand-700"
            >
              전체 만든 곳 보기
            </Link>
          </div>
        )}
        <Pagination page={page} totalPages={totalPages} basePath="/makers" query={filters} />
      </section>
    </div>
  )
}
