import Link from "next/link"
import type { ShopProduct } from "@/lib/data/products"
import {
  describeGiftSetFilters,
  hasGiftSetFilters,
  type GiftSetFilters,
  type PriceBand,
} from "@/lib/util/gift-set-filters"
import { Breadcrumb } from "@/modules/common/components/breadcrumb"
import { GiftSetFilterForm } from "@/modules/gift-sets/components/gift-set-filter-form"
import { ProductGrid } from "@/modules/products/components/product-grid"

const BASE_PATH = "/gift-sets"

type GiftSetsTemplateProps = {
  /** the sets to show, filtered and sorted */
  sets: ShopProduct[]
  /** how many gift sets there are before filtering */
  total: number
  filters: GiftSetFilters
  priceBands: readonly PriceBand[]
}

export function GiftSetsTemplate({ sets, total, filters, priceBands }: GiftSetsTemplateProps) {
  const filtered = hasGiftSetFilters(filters)
  const chosen = describeGiftSetFilters(filters)
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:py-12">
      <Breadcrumb trail={[{ href: "/", label: "홈" }]} current="선물세트" />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">선물세트</h1>
        <p className="max-w-2xl text-ink-700">
          명절과 연말, 고마운 분께 드리는 인사에 자활기업의 정성을 담아 보세요. 여러 자활기업이 함께 만든
          연합세트는 매출이 구성품을 만든 곳마다 나뉘어 돌아갑니다.
        </p>
      </header>
      <GiftSetFilterForm action={BASE_PATH} filters={filters} priceBands={priceBands} />
      <section aria-labelledby="gift-set-results" className="space-y-6">
        <h2 id="gift-set-results" className="sr-only">
          선물세트 목록
        </h2>
        <p className="text-sm text-ink-500">
          {filtered ? (
            <>
              <span className="font-semibold text-ink-700">{chosen.join(" · ")}</span> 조건에 맞는 선물세트{" "}
              {sets.length.toLocaleString("ko-KR")}개 (전체 {total.toLocaleString("ko-KR")}개)
            </>
          ) : (
            <>선물세트 {sets.length.toLocaleString("ko-KR")}개</>
          )}
        </p>
        {sets.length > 0 ? (
          <ProductGrid products={sets} />
        ) : (
          <div className="space-y-3 rounded-xl bg-cream-100 p-8 text-center text-ink-700">
            <p>{filtered ? "조건에 맞는 선물세트가 없습니다. 가격대나 상황을 바꿔 보세요." : "아직 준비된 선물세트가 없습니다."}</p>
            {filtered && (
              <Link href={BASE_PATH} className="font-semibold text-brand-700 underline">
                선물세트 전체 보기
              </Link>
            )}
          </div>
        )}
      </section>
    </div>
  )
}
