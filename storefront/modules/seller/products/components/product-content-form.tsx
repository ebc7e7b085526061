"use client"

import { useActionState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { updateSellerProduct } from "@/lib/data/seller-product-actions"
import { FieldErrorsSummary, FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { ProductContentFields, type CategoryOption } from "@/modules/seller/products/components/product-content-fields"

type Props = {
  productId: string
  onSale: boolean
  categories: CategoryOption[]
  initial: { title: string; subtitle: string | null; description: string | null; category_id?: string }
}

/** 상품 정보 수정. On sale: the change is sent for approval and the shop keeps the old text. */
export function ProductContentForm({ productId, onSale, categories, initial }: Props) {
  const [state, action] = useActionState(updateSellerProduct, EMPTY_FORM_STATE)
  return (
    <form action={action} noValidate className="space-y-4" aria-label="상품 정보 수정">
      <input type="hidden" name="product_id" value={productId} />
      <FormMessage state={state} />
      <FieldErrorsSummary state={state} />
      <ProductContentFields categories={categories} values={state.values ?? {}} errors={state.fieldErrors ?? {}} initial={initial} />
      {onSale && <p className="text-sm text-ink-500">판매 중인 상품의 정보 수정은 자활센터 승인 후 쇼핑몰에 반영됩니다.</p>}
      <SubmitButton pendingLabel="저장하는 중…">{onSale ? "수정 승인 요청" : "상품 정보 저장"}</SubmitButton>
    </form>
  )
}
