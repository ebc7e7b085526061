"use client"

import { useActionState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { updateSellerVariant } from "@/lib/data/seller-product-actions"
import { FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { InputField, NUMBER_INPUT } from "@/modules/seller/components/form-fields"
import { TierPriceRows } from "@/modules/seller/products/components/tier-price-rows"

type Props = {
  productId: string
  variant: { id: string; title: string; price: number | null; stock: number; tiers: { min_quantity: number; price: number }[] }
}

/** 가격·재고 of one option: applied at once, also for a product on sale. */
export function VariantPricingForm({ productId, variant }: Props) {
  const [state, action] = useActionState(updateSellerVariant, EMPTY_FORM_STATE)
  const values = state.values ?? {}
  const errors = state.fieldErrors ?? {}
  const idPrefix = `v-${variant.id}`
  return (
    <form action={action} noValidate aria-label={`${variant.title} 가격·재고`} className="space-y-3 rounded-xl border border-cream-200 bg-white p-3">
      <h3 className="font-bold">{variant.title}</h3>
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="variant_id" value={variant.id} />
      <FormMessage state={state} />
      <div className="grid grid-cols-2 gap-2">
        <InputField
          id={`${idPrefix}-price`}
          name="price"
          label="가격"
          hint="원, 부가세 포함"
          required
          {...NUMBER_INPUT}
          defaultValue={values.price ?? (variant.price === null ? "" : String(variant.price))}
          error={errors.price}
        />
        <InputField
          id={`${idPrefix}-stock`}
          name="stock"
          label="재고"
          hint="개"
          required
          {...NUMBER_INPUT}
          defaultValue={values.stock ?? String(variant.stock)}
          error={errors.stock}
        />
      </div>
      <TierPriceRows prefix="" idPrefix={idPrefix} values={values} errors={errors} initial={variant.tiers} owner={variant.title} />
      <SubmitButton pendingLabel="저장하는 중…">가격·재고 저장</SubmitButton>
    </form>
  )
}
