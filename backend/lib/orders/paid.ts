import { BANK_TRANSFER_PROVIDER_ID } from "../../workflows/bank-transfer/overdue"

export type PaidCheckOrder = {
  status: string
  payment_collections?: { payments?: { provider_id: string; captured_at?: string | Date | null; canceled_at?: string | Date | null }[] | null }[] | null
}

/**
 * When makers may ship: the order is not canceled and its money is secured — a 무통장입금
 * once staff captured it (입금 확인), a card once it is authorized (captured later, when staff
 * choose; docs/payments.md). A canceled payment secures nothing.
 */
export function isOrderPaid(order: PaidCheckOrder): boolean {
  if (order.status === "canceled" || order.status === "draft") return false
  const payments = (order.payment_collections ?? []).flatMap((c) => c?.payments ?? []).filter((p) => p && !p.canceled_at)
  return payments.some((p) => !!p.captured_at || p.provider_id !== BANK_TRANSFER_PROVIDER_ID)
}
