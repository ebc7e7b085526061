"use client"

import { useActionState } from "react"
import { useFormStatus } from "react-dom"
import { bulkShipSellerOrders, type BulkShipState } from "@/lib/data/seller-order-actions"
import { BULK_SHIP_TEMPLATE } from "@/lib/util/seller-orders"
import { FormMessage } from "@/modules/account/components/form-message"

function Submit() {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className="min-h-11 rounded-full border border-brand-600 px-5 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60">
      {pending ? "올리는 중…" : "CSV로 일괄 발송"}
    </button>
  )
}

/** 송장 일괄 등록: a CSV of 주문번호,택배사,송장번호; any bad row and nothing is applied, each row's problem listed. */
export function BulkShipForm() {
  const [state, action] = useActionState(bulkShipSellerOrders, {} as BulkShipState)
  const template = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${BULK_SHIP_TEMPLATE}`)}`
  return (
    <form action={action} className="space-y-3 rounded-2xl border border-cream-200 bg-white p-4" aria-label="송장 일괄 등록">
      <h2 className="font-bold">송장 일괄 등록</h2>
      <p className="text-sm text-ink-700">
        첫 줄이 <code>주문번호,택배사,송장번호</code>인 CSV 파일을 올려 주세요. 한 행이라도 문제가 있으면 아무것도 반영하지 않고 문제 행을 알려 드립니다.{" "}
        <a href={template} download="송장등록.csv" className="font-semibold text-brand-700 underline">
          양식 받기
        </a>
      </p>
      <FormMessage state={state} />
      {!!state.errors?.length && (
        <ul role="list" aria-label="문제가 있는 행" className="space-y-1 text-sm text-brand-700">
          {state.errors.map((e) => (
            <li key={`${e.row}-${e.message}`}>
              {e.row}행: {e.message}
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <label className="text-sm">
          <span className="sr-only">CSV 파일</span>
          <input type="file" name="file" accept=".csv,text/csv" required className="text-sm" />
        </label>
        <Submit />
      </div>
    </form>
  )
}
