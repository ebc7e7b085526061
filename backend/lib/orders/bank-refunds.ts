import { toWon } from "../money/won"

/** The customer's account a 무통장입금 refund is sent to (order.metadata.refund_account). */
export type RefundAccount = { bank: string; account_number: string; holder: string }

/**
 * A 무통장입금 refund staff still have to send (pending) or have sent (refunded), in
 * order.metadata.bank_refunds; `id` is Medusa's refund id (the payment's refund record).
 */
export type BankRefund = {
  id: string
  payment_id: string
  amount: number
  account: RefundAccount
  status: "pending" | "refunded"
  requested_at: string
  refunded_at: string | null
  refunded_by: string | null
}

const text = (v: unknown) => (typeof v === "string" ? v : "")

export function readRefundAccount(metadata: Record<string, unknown> | null | undefined): RefundAccount | null {
  const a = metadata?.refund_account as Record<string, unknown> | undefined
  if (!a || typeof a !== "object") return null
  const account = { bank: text(a.bank), account_number: text(a.account_number), holder: text(a.holder) }
  return account.bank && account.account_number && account.holder ? account : null
}

export function readBankRefunds(metadata: Record<string, unknown> | null | undefined): BankRefund[] {
  const list = metadata?.bank_refunds
  if (!Array.isArray(list)) return []
  return (list as Record<string, unknown>[]).map((r) => ({
    id: text(r.id),
    payment_id: text(r.payment_id),
    amount: toWon(r.amount as number),
    account: (readRefundAccount({ refund_account: r.account }) ?? { bank: "", account_number: "", holder: "" }),
    status: r.status === "refunded" ? "refunded" : "pending",
    requested_at: text(r.requested_at),
    refunded_at: text(r.refunded_at) || null,
    refunded_by: text(r.refunded_by) || null,
  }))
}

/** A bank account number as people write it: digits with optional hyphens, 6–20 digits. */
export const ACCOUNT_NUMBER = /^(?=(?:\D*\d){6,20}\D*$)\d[\d-]*\d$/
