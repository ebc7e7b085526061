"use client"

import { useState } from "react"
import { InputField, NUMBER_INPUT } from "@/modules/seller/components/form-fields"

type Props = {
  /** field name prefix: "" in a variant's own form, "variants.0." in 상품 등록 */
  prefix: string
  /** unique id prefix on the page */
  idPrefix: string
  values: Record<string, string | undefined>
  errors: Record<string, string | undefined>
  initial?: { min_quantity: number; price: number }[]
  /** names the option row for screen readers ("1봉") */
  owner: string
}

/** 구간 가격 (from N units, a lower unit price): up to five rows, added and removed here. */
export function TierPriceRows({ prefix, idPrefix, values, errors, initial = [], owner }: Props) {
  const [rows, setRows] = useState<number[]>(() => {
    const fromValues = Object.keys(values)
      .map((key) => new RegExp(`^${prefix.replace(/\./g, "\\.")}tiers\\.(\\d+)\\.`).exec(key)?.[1])
      .filter((v): v is string => v !== undefined)
      .map(Number)
    const indexes = fromValues.length ? fromValues : initial.map((_, i) => i)
    return [...new Set(indexes)].sort((a, b) => a - b)
  })
  const next = () => (rows.length ? Math.max(...rows) + 1 : 0)
  const tierError = errors[`${prefix}tiers`]
  return (
    <div className="space-y-2">
      {rows.map((row, position) => {
        const at = `${prefix}tiers.${row}.`
        const start = initial[row]
        return (
          <fieldset key={row} className="flex flex-wrap items-end gap-2 rounded-lg bg-cream-50 p-2">
            <legend className="sr-only">
              {owner} 구간 가격 {position + 1}
            </legend>
            <InputField
              id={`${idPrefix}-tier-${row}-qty`}
              name={`${at}min_quantity`}
              label="최소 수량"
              hint="이 수량부터"
              {...NUMBER_INPUT}
              defaultValue={values[`${at}min_quantity`] ?? (start ? String(start.min_quantity) : "")}
              error={errors[`${at}min_quantity`]}
              className="w-24"
            />
            <InputField
              id={`${idPrefix}-tier-${row}-price`}
              name={`${at}price`}
              label="구간 가격"
              hint="1개 가격, 원"
              {...NUMBER_INPUT}
              defaultValue={values[`${at}price`] ?? (start ? String(start.price) : "")}
              error={errors[`${at}price`]}
              className="min-w-28 flex-1"
            />
            <button
              type="button"
              onClick={() => setRows(rows.filter((r) => r !== row))}
              className="mb-5 min-h-11 rounded-lg px-2 text-sm text-ink-500 hover:bg-cream-100"
              aria-label={`${owner} 구간 가격 ${position + 1} 삭제`}
            >
              삭제
            </button>
          </fieldset>
        )
      })}
      {tierError && <p className="text-sm font-semibold text-brand-700">{tierError}</p>}
      {rows.length < 5 && (
        <button
          type="button"
          onClick={() => setRows([...rows, next()])}
          className="min-h-11 rounded-lg border border-dashed border-cream-200 px-3 text-sm font-semibold text-ink-700 hover:border-brand-500"
        >
          구간 가격 추가
        </button>
      )}
    </div>
  )
}
