import type { Metadata } from "next"
import { listGiftSets } from "@/lib/data/products"
import {
  filterGiftSets,
  offeredPriceBands,
  parseGiftSetFilters,
  sortGiftSets,
} from "@/lib/util/gift-set-filters"
import type { SearchParams } from "@/lib/util/search-params"
import { toGiftSetEntry } from "@/modules/gift-sets/gift-set-entry"
import { GiftSetsTemplate } from "@/modules/gift-sets/templates/gift-sets-template"

export const metadata: Metadata = {
  title: "선물세트",
  description:
    "명절, 감사 인사, 연말, 가정의 달에 자활기업이 정성껏 만든 선물세트를 가격대와 상황별로 골라 보세요.",
}

export default async function GiftSetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [query, products] = await Promise.all([searchParams, listGiftSets()])
  const filters = parseGiftSetFilters(query)
  const all = products.map(toGiftSetEntry)
  const shown = sortGiftSets(filterGiftSets(all, filters), filters.sort)
  return (
    <GiftSetsTemplate
      sets={shown.map((entry) => entry.product)}
      total={all.length}
      filters={filters}
      priceBands={offeredPriceBands(
        all.map((entry) => entry.price),
        filters.price
      )}
    />
  )
}
