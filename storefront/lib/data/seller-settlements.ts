import "server-only"
import { backendUrl } from "@/lib/sdk"
import { getSellerToken } from "@/lib/data/seller-cookie"
import { sellerFetch, statusOf } from "@/lib/data/seller-fetch"
import type { SettlementExportFormat } from "@/lib/util/seller-settlements"

/** Shapes of /seller/settlements and /seller/payout-account (docs/shipping-and-settlement.md "정산"). */
export type SettlementStatus = "draft" | "confirmed" | "paid"
export type SettlementLineKind = "sale" | "shipping" | "refund" | "fee" | "subsidy" | "carry_over" | "adjustment"
export type PayoutAccount = { bank: string | null; account_number: string | null; holder: string | null }

export type SellerStatement = {
  id: string
  period_code: string
  period_label: string
  period_starts_at: string
  period_ends_at: string
  status: SettlementStatus
  status_label: string
  sales_amount: number
  shipping_amount: number
  refund_amount: number
  adjustment_amount: number
  fee_amount: number
  subsidy_amount: number
  carry_over_amount: number
  net_sales_amount: number
  net_amount: number
  balance_amount: number
  payout_amount: number
  carry_forward_amount: number
  /** a locked statement: the account as it was at confirmation (the transfer goes there) */
  payout_account: PayoutAccount
  confirmed_at: string | null
  paid_on: string | null
}

export type SellerStatementLine = {
  id: string
  kind: SettlementLineKind
  kind_label: string
  order_id: string | null
  order_display_id: number | null
  line_item_id: string | null
  product_title: string | null
  quantity: number | null
  amount: number
  rate_bp: number | null
  reference: string | null
  label: string
  occurred_at: string | null
}

export type PayoutAccountChange = { id: string; actor_type: string; created_at: string; new: PayoutAccount }

export async function listSellerStatements(): Promise<SellerStatement[]> {
  const { statements } = await sellerFetch<{ statements: SellerStatement[] }>("/seller/settlements")
  return statements
}

/** One own statement with its lines, or null (not found: another maker's id, or none such). */
export async function getSellerStatement(id: string): Promise<{ statement: SellerStatement; lines: SellerStatementLine[] } | null> {
  try {
    return await sellerFetch(`/seller/settlements/${encodeURIComponent(id)}`)
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
}

/** The maker's 정산 계좌 and its latest changes; only the 대표 may read it (null for 담당자). */
export async function getPayoutAccount(): Promise<{ payout_account: PayoutAccount; changes: PayoutAccountChange[] } | null> {
  try {
    return await sellerFetch("/seller/payout-account")
  } catch (error) {
    if (statusOf(error) === 403) return null
    throw error
  }
}

/**
 * The backend's file of an own statement, fetched with the session's token (the cookie is
 * httpOnly, so the browser cannot call the backend itself). Returns the backend's response as it
 * is (status, headers, body stream); null without a session.
 */
export async function fetchStatementExport(id: string, format: SettlementExportFormat): Promise<Response | null> {
  const token = await getSellerToken()
  if (!token) return null
  const url = new URL(`/seller/settlements/${encodeURIComponent(id)}/export`, backendUrl())
  url.searchParams.set("format", format)
  return fetch(url, { headers: { authorization: `Bearer ${token}` }, cache: "no-store" })
}
