/** What staff write about an institution (validated and normalized by the admin validators). */
export type InstitutionInput = {
  name?: string
  business_number?: string
  contact_name?: string
  contact_phone?: string | null
  contact_email?: string | null
}

/** A 증빙 요청 as the store route validated it. */
export type PurchaseEvidenceInput =
  | { kind: "tax_invoice"; business_number: string; company_name: string; representative: string; email: string }
  | { kind: "cash_receipt"; business_number?: string | null; phone?: string | null }
