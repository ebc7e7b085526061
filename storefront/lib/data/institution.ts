import "server-only"
import { statusOf, visitorFetch } from "@/lib/data/cart"
import { getAuthToken } from "@/lib/data/auth-cookie"

/** An institution customer (공공기관 구매): staff mark the account; the shop only reads it. */
export type Institution = { id: string; name: string; business_number: string; contact_name: string }

export type PurchaseEvidence =
  | { kind: "tax_invoice"; label: string; business_number: string; company_name: string; representative: string; email: string }
  | { kind: "cash_receipt"; label: string; business_number: string | null; phone: string | null }

export type PurchaseReportMaker = {
  maker_id: string
  name: string
  business_registration_number: string | null
  kind_label: string
  orders: number
  item_amount: number
  shipping_amount: number
  refunded_amount: number
  amount: number
  lines: { order_number: number; ordered_on: string; title: string; quantity: number; amount: number }[]
}

export type PurchaseReport = {
  from: string
  to: string
  institution: Institution
  makers: PurchaseReportMaker[]
  orders: { id: string; order_number: number; ordered_on: string; total: number; refunded_amount: number; amount: number }[]
  totals: { orders: number; item_amount: number; shipping_amount: number; unassigned_shipping: number; refunded_amount: number; order_total: number; amount: number }
}

/** The signed-in customer's institution, or null (guests and ordinary customers). */
export async function retrieveInstitution(): Promise<Institution | null> {
  if (!(await getAuthToken())) return null
  try {
    return (await visitorFetch<{ institution: Institution | null }>("/store/customers/me/institution")).institution
  } catch (error) {
    if (statusOf(error) === 401) return null
    throw error
  }
}

/** The cart's 증빙 요청 (institutions only). */
export async function getPurchaseEvidence(cartId: string): Promise<PurchaseEvidence | null> {
  const { purchase_evidence } = await visitorFetch<{ purchase_evidence: PurchaseEvidence | null }>(
    `/store/carts/${encodeURIComponent(cartId)}/purchase-evidence`
  )
  return purchase_evidence
}

/** 구매 실적 for inclusive Seoul dates; the backend checks the period and answers Korean 400s. */
export async function getPurchaseReport(from: string, to: string): Promise<PurchaseReport> {
  const { report } = await visitorFetch<{ report: PurchaseReport }>("/store/customers/me/purchase-report", { query: { from, to } })
  return report
}
