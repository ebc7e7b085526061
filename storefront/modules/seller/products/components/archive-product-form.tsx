"use client"

import { useActionState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { archiveSellerProduct } from "@/lib/data/seller-product-actions"

/** 보관: takes the product out of the shop (kept for its orders); asks first. */
export function ArchiveProductForm({ productId, title }: { productId: string; title: string }) {
  const [state, action] = useActionState(archiveSellerProduct, EMPTY_FORM_STATE)
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`"${title}"을(를) 보관할까요? 쇼핑몰에서 내려갑니다.`)) event.preventDefault()
      }}
    >
      <input type="hidden" name="product_id" value={productId} />
      {state.error && <p role="alert" className="mb-2 text-sm font-semibold text-brand-700">{state.error}</p>}
      <button type="submit" className="min-h-11 rounded-full border border-brand-600 px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">
        상품 보관
      </button>
    </form>
  )
}
