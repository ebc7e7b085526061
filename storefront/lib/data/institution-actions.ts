"use server"

import { getCartId, messageOf, visitorFetch } from "@/lib/data/cart"
import type { FormState } from "@/lib/data/form-state"
import { keptValues } from "@/lib/data/form-state"

/**
 * 세금계산서/현금영수증 request for the visitor's cart. The backend checks that the visitor is an
 * institution, owns the cart, and every field (사업자등록번호 check digit included) and answers in
 * Korean; this action only passes the form on.
 */
export async function savePurchaseEvidence(_prev: FormState, formData: FormData): Promise<FormState> {
  const cartId = await getCartId()
  if (!cartId) return { error: "장바구니를 찾을 수 없습니다." }
  const kind = String(formData.get("kind") ?? "")
  const text = (name: string) => String(formData.get(name) ?? "").trim()
  const path = `/store/carts/${encodeURIComponent(cartId)}/purchase-evidence`
  try {
    if (kind === "none") {
      await visitorFetch(path, { method: "DELETE" })
      return { success: "증빙 요청을 지웠습니다." }
    }
    const body =
      kind === "tax_invoice"
        ? { kind, business_number: text("business_number"), company_name: text("company_name"), representative: text("representative"), email: text("email") }
        : text("receipt_by") === "phone"
          ? { kind: "cash_receipt", phone: text("phone") }
          : { kind: "cash_receipt", business_number: text("business_number") }
    await visitorFetch(path, { method: "POST", body })
    return { success: kind === "tax_invoice" ? "세금계산서 발행을 요청했습니다." : "현금영수증 발행을 요청했습니다.", values: keptValues(formData) }
  } catch (error) {
    return { error: messageOf(error, "증빙 요청을 저장하지 못했습니다. 잠시 후 다시 시도해 주세요."), values: keptValues(formData) }
  }
}
