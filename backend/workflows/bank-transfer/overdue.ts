export const BANK_TRANSFER_PROVIDER_ID = "pp_bank-transfer_bank-transfer"

export type OrderPayments = {
  id: string
  status: string
  payment_collections?: {
    payments?: { provider_id: string; captured_at?: string | Date | null; canceled_at?: string | Date | null; data?: Record<string, unknown> | null }[]
  }[]
}

/**
 * An order waits for a 무통장입금 that is overdue when it is still open, was paid by bank
 * transfer, nothing was captured (staff mark it paid by capturing) and the deadline passed.
 */
export function isOverdueBankTransfer(order: OrderPayments, now: Date): boolean {
  if (order.status === "canceled" || order.status === "completed") return false
  const payments = (order.payment_collections ?? []).flatMap((c) => c.payments ?? [])
  const transfers = payments.filter((p) => p.provider_id === BANK_TRANSFER_PROVIDER_ID && !p.canceled_at)
  if (!transfers.length || payments.some((p) => p.captured_at)) return false
  return transfers.every((p) => {
    const deadline = typeof p.data?.deadline === "string" ? new Date(p.data.deadline) : null
    return deadline !== null && deadline.getTime() <= now.getTime()
  })
}
