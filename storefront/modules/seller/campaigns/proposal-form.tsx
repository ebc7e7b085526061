"use client"

import { useActionState, useState } from "react"
import { useFormStatus } from "react-dom"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { proposeCampaignItem } from "@/lib/data/seller-campaign-actions"
import type { ProposableProduct } from "@/lib/data/seller-campaigns"
import { formatWon } from "@/lib/util/money"
import { FormMessage } from "@/modules/account/components/form-message"

function Submit() {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className="min-h-11 rounded-full bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
      {pending ? "신청 중…" : "참여 신청"}
    </button>
  )
}

const field = "min-h-11 w-full rounded-lg border border-cream-200 px-2"

/** One own product and its discount; the 특판가 it gives is shown as the maker types (rounded down to the won, as the server does). */
export function ProposalForm({ campaignId, products }: { campaignId: string; products: ProposableProduct[] }) {
  const [state, action] = useActionState(proposeCampaignItem.bind(null, campaignId), EMPTY_FORM_STATE)
  const [productId, setProductId] = useState(state.values?.product_id ?? products[0]?.id ?? "")
  const [type, setType] = useState(state.values?.discount_type ?? "percent")
  const [value, setValue] = useState(state.values?.discount_value ?? "")
  const regular = products.find((p) => p.id === productId)?.regular_price ?? null
  const n = Number(value)
  const sale = regular && Number.isInteger(n) && n > 0 ? (type === "percent" ? (n < 100 ? Math.floor((regular * (100 - n)) / 100) : null) : n < regular ? n : null) : null
  const err = state.fieldErrors ?? {}
  return (
    <form action={action} className="space-y-3" aria-label="참여 신청">
      <FormMessage state={state} />
      <label className="flex flex-col gap-1 text-sm">
        상품
        <select name="product_id" value={productId} onChange={(e) => setProductId(e.target.value)} className={field}>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
              {p.regular_price !== null ? ` (정가 ${formatWon(p.regular_price)})` : ""}
            </option>
          ))}
        </select>
        {err.product_id && <span className="text-brand-700">{err.product_id}</span>}
      </label>
      <div className="grid grid-cols-2 gap-2">
        <label className="flex flex-col gap-1 text-sm">
          할인 방식
          <select name="discount_type" value={type} onChange={(e) => setType(e.target.value)} className={field}>
            <option value="percent">할인율(%)</option>
            <option value="fixed_price">특판가(원)</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {type === "percent" ? "할인율 (1~99%)" : "특판가 (원)"}
          <input name="discount_value" inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value)} className={field} aria-invalid={!!err.discount_value} />
          {err.discount_value && <span className="text-brand-700">{err.discount_value}</span>}
        </label>
      </div>
      <label className="flex flex-col gap-1 text-sm">
        1인 구매 한도 (선택)
        <input name="per_customer_limit" inputMode="numeric" defaultValue={state.values?.per_customer_limit} placeholder="비워 두면 한도 없음" className={field} />
        {err.per_customer_limit && <span className="text-brand-700">{err.per_customer_limit}</span>}
      </label>
      <p className="text-sm text-ink-700" aria-live="polite">
        {sale !== null && regular !== null ? `특판가 ${formatWon(sale)} (정가 ${formatWon(regular)})` : "할인을 입력하면 특판가를 보여 드립니다."}
      </p>
      <Submit />
    </form>
  )
}
