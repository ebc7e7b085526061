"use client"

import { useActionState, useState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { createSellerProduct } from "@/lib/data/seller-product-actions"
import { FieldErrorsSummary, FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { InputField, NUMBER_INPUT } from "@/modules/seller/components/form-fields"
import { ProductContentFields, type CategoryOption } from "@/modules/seller/products/components/product-content-fields"
import { TierPriceRows } from "@/modules/seller/products/components/tier-price-rows"

/** Row keys from a returned form (`variants.3.value` → 3), so rows survive an error. */
function rowsOf(values: Record<string, string> | undefined): number[] {
  const keys = Object.keys(values ?? {})
    .map((key) => /^variants\.(\d+)\.value$/.exec(key)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number)
  return keys.length ? [...new Set(keys)].sort((a, b) => a - b) : [0]
}

/**
 * 상품 등록: content, one option kind (옵션 종류, e.g. 구성) with one row per value (1봉, 3봉), each
 * with 가격 (whole won, VAT included), 재고 and optional 구간 가격. Submitting asks for approval.
 */
export function NewProductForm({ categories }: { categories: CategoryOption[] }) {
  const [state, action] = useActionState(createSellerProduct, EMPTY_FORM_STATE)
  const [rows, setRows] = useState<number[]>(() => rowsOf(state.values))
  const values = state.values ?? {}
  const errors = state.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="space-y-6" aria-label="상품 등록">
      <FormMessage state={state} />
      <FieldErrorsSummary state={state} />
      <ProductContentFields categories={categories} values={values} errors={errors} />
      <InputField
        id="product-weight"
        name="weight_g"
        label="무게(g)"
        hint="포장 포함, 그램 단위 (선택)"
        {...NUMBER_INPUT}
        defaultValue={values.weight_g}
        error={errors.weight_g}
      />

      <section aria-labelledby="options-title" className="space-y-3">
        <h2 id="options-title" className="text-lg font-bold">옵션과 가격</h2>
        <InputField
          id="product-option-title"
          name="option_title"
          label="옵션 종류"
          hint="예: 구성, 용량, 맛"
          required
          defaultValue={values.option_title ?? "구성"}
          error={errors.option_title}
        />
        {errors.variants && <p className="text-sm font-semibold text-brand-700">{errors.variants}</p>}
        {rows.map((row, position) => {
          const at = `variants.${row}.`
          const name = `옵션 ${position + 1}`
          return (
            <fieldset key={row} className="space-y-3 rounded-xl border border-cream-200 bg-white p-3">
              <legend className="px-1 text-sm font-bold">{name}</legend>
              <InputField
                id={`variant-${row}-value`}
                name={`${at}value`}
                label="옵션 값"
                hint="예: 1봉, 3봉"
                required
                defaultValue={values[`${at}value`]}
                error={errors[`${at}value`]}
              />
              <div className="grid grid-cols-2 gap-2">
                <InputField
                  id={`variant-${row}-price`}
                  name={`${at}price`}
                  label="가격"
                  hint="원, 부가세 포함"
                  required
                  {...NUMBER_INPUT}
                  defaultValue={values[`${at}price`]}
                  error={errors[`${at}price`]}
                />
                <InputField
                  id={`variant-${row}-stock`}
                  name={`${at}stock`}
                  label="재고"
                  hint="개"
                  required
                  {...NUMBER_INPUT}
                  defaultValue={values[`${at}stock`] ?? "0"}
                  error={errors[`${at}stock`]}
                />
              </div>
              <TierPriceRows prefix={at} idPrefix={`variant-${row}`} values={values} errors={errors} owner={name} />
              {rows.length > 1 && (
                <button
                  type="button"
                  onClick={() => setRows(rows.filter((r) => r !== row))}
                  className="min-h-11 rounded-lg px-3 text-sm font-semibold text-ink-500 hover:bg-cream-100"
                >
                  {name} 삭제
                </button>
              )}
            </fieldset>
          )
        })}
        {rows.length < 20 && (
          <button
            type="button"
            onClick={() => setRows([...rows, Math.max(...rows, -1) + 1])}
            className="min-h-11 w-full rounded-xl border border-dashed border-cream-200 px-3 text-sm font-semibold text-ink-700 hover:border-brand-500"
          >
            옵션 추가
          </button>
        )}
      </section>

      <p className="text-sm text-ink-500">등록하면 자활센터가 확인한 뒤 쇼핑몰에 올라갑니다. 사진은 등록 후 상품 화면에서 올립니다.</p>
      <SubmitButton pendingLabel="등록하는 중…">승인 요청하기</SubmitButton>
    </form>
  )
}
