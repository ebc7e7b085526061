import Link from "next/link"
import {
  GIFT_SET_SORTS,
  OCCASIONS,
  type GiftSetFilters,
  type PriceBand,
} from "@/lib/util/gift-set-filters"
import { ChoiceGroup } from "@/modules/gift-sets/components/choice-group"

type GiftSetFilterFormProps = {
  action: string
  filters: GiftSetFilters
  priceBands: readonly PriceBand[]
}

/** Price band, occasion, 연합세트 and sort order of /gift-sets: a GET form, so it all lives in the URL. */
export function GiftSetFilterForm({ action, filters, priceBands }: GiftSetFilterFormProps) {
  return (
    <form
      action={action}
      method="get"
      aria-label="선물세트 고르기"
      className="space-y-5 rounded-xl bg-cream-100 p-4"
    >
      <ChoiceGroup
        name="price"
        legend="가격대"
        allLabel="전체 가격"
        value={filters.price}
        choices={priceBands.map((band) => ({ value: band.key, label: band.label }))}
      />
      <ChoiceGroup
        name="occasion"
        legend="선물하는 때"
        allLabel="전체"
        value={filters.occasion}
        choices={OCCASIONS.map((occasion) => ({ value: occasion, label: occasion }))}
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <label className="flex cursor-pointer items-center gap-2 text-sm font-semibold text-ink-700">
          <input
            type="checkbox"
            name="union"
            value="1"
            defaultChecked={filters.union === true}
            className="size-5 accent-brand-600"
          />
          여러 자활기업 연합세트만 보기
        </label>
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="gift-set-sort" className="text-sm font-semibold text-ink-700">
              정렬
            </label>
            <select
              id="gift-set-sort"
              name="sort"
              defaultValue={filters.sort}
              className="h-11 rounded-lg border border-cream-200 bg-white px-3 text-ink-900"
            >
              {GIFT_SET_SORTS.map((sort) => (
                <option key={sort.key} value={sort.key}>
                  {sort.label}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="h-11 rounded-full bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700"
          >
            적용
          </button>
          <Link href={action} className="px-2 py-3 text-sm text-ink-700 underline hover:text-brand-700">
            초기화
          </Link>
        </div>
      </div>
    </form>
  )
}
