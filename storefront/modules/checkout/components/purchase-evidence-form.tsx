"use client"

import { useActionState, useState } from "react"
import { savePurchaseEvidence } from "@/lib/data/institution-actions"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import type { Institution, PurchaseEvidence } from "@/lib/data/institution"

type Props = { institution: Institution; current: PurchaseEvidence | null }

const input = "w-full rounded-lg border border-cream-200 bg-white px-3 py-2"

/**
 * 세금계산서·현금영수증: shown on the checkout only to institution customers. Saved on its own
 * (the server keeps it for the cart and copies it onto the order); the order form is unchanged.
 */
export function PurchaseEvidenceForm({ institution, current }: Props) {
  const [state, action, pending] = useActionState(savePurchaseEvidence, EMPTY_FORM_STATE)
  const [kind, setKind] = useState<string>(state.values?.kind ?? current?.kind ?? "none")
  const [receiptBy, setReceiptBy] = useState<string>(current?.kind === "cash_receipt" && current.phone ? "phone" : "business_number")
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback
  const taxInvoice = current?.kind === "tax_invoice" ? current : null
  return (
    <section aria-labelledby="evidence-heading" className="space-y-3 rounded-xl border border-cream-200 bg-white p-4 sm:p-6">
      <h2 id="evidence-heading" className="text-lg font-bold">
        증빙 서류 (기관 회원: {institution.name})
      </h2>
      <form action={action} className="space-y-3">
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="sr-only">증빙 종류</legend>
          {[
            ["none", "요청 안 함"],
            ["tax_invoice", "세금계산서"],
            ["cash_receipt", "현금영수증 (지출증빙)"],
          ].map(([v, label]) => [v!, label!] as const).map(([v, label]) => (
            <label key={v} className="flex items-center gap-2">
              <input type="radio" name="kind" value={v} checked={kind === v} onChange={() => setKind(v)} />
              {label}
            </label>
          ))}
        </fieldset>
        {kind === "tax_invoice" && (
          <div className="grid gap-3 sm:grid-cols-2">
            <label className="space-y-1 text-sm">
              <span className="font-semibold">사업자등록번호</span>
              <input name="business_number" required className={input} placeholder="000-00-00000" defaultValue={value("business_number", taxInvoice?.business_number ?? institution.business_number)} />
            </label>
            <label className="space-y-1 text-sm">
              <span className="font-semibold">상호</span>
              <input name="company_name" required maxLength={100} className={input} defaultValue={value("company_name", taxInvoice?.company_name ?? institution.name)} />
            </label>
            <label className="space-y-1 text-sm">
              <span className="font-semibold">대표자</span>
              <input name="representative" required maxLength={50} className={input} defaultValue={value("representative", taxInvoice?.representative ?? "")} />
            </label>
            <label className="space-y-1 text-sm">
              <span className="font-semibold">받을 이메일</span>
              <input name="email" type="email" required className={input} defaultValue={value("email", taxInvoice?.email ?? "")} />
            </label>
          </div>
        )}
        {kind === "cash_receipt" && (
          <div className="space-y-2 text-sm">
            <div className="flex gap-4">
              <label className="flex items-center gap-2">
                <input type="radio" name="receipt_by" value="business_number" checked={receiptBy === "business_number"} onChange={() => setReceiptBy("business_number")} />
                사업자등록번호
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name="receipt_by" value="phone" checked={receiptBy === "phone"} onChange={() => setReceiptBy("phone")} />
                휴대폰 번호
              </label>
            </div>
            {receiptBy === "phone" ? (
              <input name="phone" required aria-label="휴대폰 번호" className={input} placeholder="010-1234-5678" defaultValue={value("phone")} />
            ) : (
              <input name="business_number" required aria-label="사업자등록번호" className={input} placeholder="000-00-00000" defaultValue={value("business_number", institution.business_number)} />
            )}
          </div>
        )}
        <button type="submit" disabled={pending} className="rounded-lg bg-ink-900 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
          {pending ? "저장 중…" : "증빙 요청 저장"}
        </button>
        {state.error && (
          <p role="alert" className="text-sm font-semibold text-brand-700">
            {state.error}
          </p>
        )}
        {state.success && (
          <p role="status" className="text-sm text-ink-700">
            {state.success}
          </p>
        )}
      </form>
    </section>
  )
}
