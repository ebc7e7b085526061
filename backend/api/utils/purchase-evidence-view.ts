import type { MedusaContainer } from "@medusajs/framework/types"
import { INSTITUTIONS_MODULE } from "../../modules/institutions"
import type InstitutionsModuleService from "../../modules/institutions/service"

export type PurchaseEvidenceRow = {
  kind: "tax_invoice" | "cash_receipt"
  business_number: string | null
  company_name: string | null
  representative: string | null
  email: string | null
  phone: string | null
}

export const EVIDENCE_LABELS = { tax_invoice: "세금계산서", cash_receipt: "현금영수증" } as const

/** The 증빙 요청 as staff, makers and the buyer see it: only the fields of its kind. */
export function evidenceView(row: PurchaseEvidenceRow) {
  const label = EVIDENCE_LABELS[row.kind]
  if (row.kind === "tax_invoice") {
    return { kind: row.kind, label, business_number: row.business_number, company_name: row.company_name, representative: row.representative, email: row.email }
  }
  return { kind: row.kind, label, business_number: row.business_number, phone: row.phone }
}
export type PurchaseEvidenceView = ReturnType<typeof evidenceView>

/** The 증빙 요청 of each order that has one (orders placed from a cart that asked for it). */
export async function evidenceOfOrders(scope: MedusaContainer, orderIds: string[]): Promise<Map<string, PurchaseEvidenceView>> {
  if (!orderIds.length) return new Map()
  const service: InstitutionsModuleService = scope.resolve(INSTITUTIONS_MODULE)
  const rows = await service.listPurchaseEvidences({ order_id: orderIds }, { take: null })
  return new Map(rows.map((row) => [row.order_id as string, evidenceView(row as PurchaseEvidenceRow)]))
}
