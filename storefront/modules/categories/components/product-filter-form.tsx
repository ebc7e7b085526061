import Link from "next/link"
import { FilterSelect } from "@/modules/common/components/filter-select"

export type MakerOption = { handle: string; name: string; region: string }

type ProductFilterFormProps = {
  action: string
  region: string | undefined
  maker: string | undefined
  regions: string[]
  makers: MakerOption[]
}

/** Narrows a product list to one 시·도 or one maker; a GET form, so the choice lives in the URL. */
export function ProductFilterForm({ action, region, maker, regions, makers }: ProductFilterFormProps) {
  const regionChoices = region && !regions.includes(region) ? [...regions, region] : regions
  const groups = regions
    .map((name) => ({
      label: name,
      options: makers
        .filter((option) => option.region === name)
        .map((option) => ({ value: option.handle, label: option.name })),
    }))
    .filter((group) => group.options.length > 0)
  return (
    <form
      action={action}
      method="get"
      aria-label="상품 거르기"
      className="grid items-end gap-4 rounded-xl bg-cream-100 p-4 sm:grid-cols-[1fr_1fr_auto]"
    >
      <FilterSelect
        id="product-region"
        name="region"
        label="만든 곳 지역"
        allLabel="전체 지역"
        value={region}
        options={regionChoices.map((name) => ({ value: name, label: name }))}
      />
      <FilterSelect
        id="product-maker"
        name="maker"
        label="만든 곳"
        allLabel="전체 만든 곳"
        value={maker}
        groups={groups}
      />
      <div className="flex items-center gap-2">
        <button
          type="submit"
          className="h-11 rounded-full bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700"
        >
          적용
        </button>
        <Link href={action} className="px-2 text-sm text-ink-700 underline hover:text-brand-700">
          초기화
        </Link>
      </div>
    </form>
  )
}
