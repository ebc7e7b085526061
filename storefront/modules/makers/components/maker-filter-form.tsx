import Link from "next/link"
import type { MakerFilters } from "@/lib/util/maker-filters"
import { MAKER_KINDS, makerKindLabel } from "@/lib/util/maker-kinds"
import { FilterSelect } from "@/modules/common/components/filter-select"

/** The certification offered as a one-click filter (another one can come in through the URL). */
const HACCP = "HACCP"

type MakerFilterFormProps = {
  filters: MakerFilters
  regions: string[]
}

/** Filters as a plain GET form: every choice ends up in the URL and it works without JavaScript. */
export function MakerFilterForm({ filters, regions }: MakerFilterFormProps) {
  const regionChoices =
    filters.region && !regions.includes(filters.region) ? [...regions, filters.region] : regions
  const certification = filters.certification ?? HACCP
  return (
    <form
      action="/makers"
      method="get"
      role="search"
      aria-label="만든 곳 찾기"
      className="grid grid-cols-2 items-end gap-4 rounded-xl bg-cream-100 p-4 lg:grid-cols-[2fr_1fr_1fr_auto_auto]"
    >
      <div className="col-span-2 flex min-w-0 flex-col gap-1 lg:col-span-1">
        <label htmlFor="maker-q" className="text-sm font-semibold text-ink-700">
          이름으로 찾기
        </label>
        <input
          id="maker-q"
          type="search"
          name="q"
          defaultValue={filters.q ?? ""}
          maxLength={50}
          placeholder="예: 내친구김"
          className="h-11 rounded-lg border border-cream-200 bg-white px-3 text-ink-900"
        />
      </div>
      <FilterSelect
        id="maker-region"
        name="region"
        label="지역"
        allLabel="전체 지역"
        value={filters.region}
        options={regionChoices.map((region) => ({ value: region, label: region }))}
      />
      <FilterSelect
        id="maker-kind"
        name="kind"
        label="종류"
        allLabel="전체 종류"
        value={filters.kind}
        options={MAKER_KINDS.map((kind) => ({ value: kind, label: makerKindLabel(kind) }))}
      />
      <label className="flex h-11 cursor-pointer items-center gap-2 text-sm font-semibold text-ink-700">
        <input
          type="checkbox"
          name="certification"
          value={certification}
          defaultChecked={filters.certification !== undefined}
          className="size-5 accent-brand-600"
        />
        {certification} 인증
      </label>
      <div className="flex items-center justify-end gap-2 lg:justify-start">
        <button
          type="submit"
          className="h-11 rounded-full bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700"
        >
          찾기
        </button>
        <Link href="/makers" className="px-2 text-sm text-ink-700 underline hover:text-brand-700">
          초기화
        </Link>
      </div>
    </form>
  )
}
