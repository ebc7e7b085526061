import type { BrandSummary } from "@/lib/data/brands"
import { BrandCard } from "@/modules/brands/components/brand-card"

export function BrandsTemplate({ brands }: { brands: BrandSummary[] }) {
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:py-12">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">공동브랜드</h1>
        <p className="max-w-2xl text-ink-700">
          광역자활센터가 지역의 여러 자활기업과 자활근로사업단의 상품을 하나의 이름으로 묶어 디자인과
          품질을 함께 관리하는 브랜드입니다.
        </p>
      </header>
      {brands.length > 0 ? (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {brands.map((brand) => (
            <li key={brand.id}>
              <BrandCard brand={brand} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-xl bg-cream-100 p-8 text-center text-ink-700">아직 소개할 공동브랜드가 없습니다.</p>
      )}
    </div>
  )
}
