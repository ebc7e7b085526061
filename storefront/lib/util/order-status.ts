/**
 * Korean labels for Medusa's order, payment and fulfillment statuses as customers read them.
 * 무통장입금 (bank transfer) places orders with the payment authorized but not captured: for
 * those, "authorized" means the money has not arrived yet (입금 대기), not a card approval.
 */

export const BANK_TRANSFER_PROVIDER_ID = "pp_bank-transfer_bank-transfer"

const ORDER_STATUS: Record<string, string> = {
  pending: "주문 접수",
  completed: "주문 완료",
  canceled: "취소됨",
  requires_action: "확인 필요",
  archived: "보관됨",
  draft: "임시 주문",
}

const PAYMENT_STATUS: Record<string, string> = {
  not_paid: "결제 전",
  awaiting: "결제 대기",
  authorized: "결제 승인",
  partially_authorized: "일부 승인",
  captured: "결제 완료",
  partially_captured: "일부 결제",
  partially_refunded: "부분 환불",
  refunded: "환불 완료",
  canceled: "결제 취소",
  requires_action: "확인 필요",
}

const FULFILLMENT_STATUS: Record<string, string> = {
  not_fulfilled: "상품 준비 중",
  partially_fulfilled: "일부 출고",
  fulfilled: "출고 완료",
  partially_shipped: "일부 배송 중",
  shipped: "배송 중",
  partially_delivered: "일부 배송 완료",
  delivered: "배송 완료",
  canceled: "배송 취소",
}

/** Payment states in which a bank transfer is still expected. */
const UNPAID_BANK_TRANSFER = new Set(["not_paid", "awaiting", "authorized", "partially_authorized"])

export function orderStatusLabel(status: string): string {
  return ORDER_STATUS[status] ?? "확인 중"
}

export function paymentStatusLabel(paymentStatus: string | null | undefined, providerId?: string | null): string {
  const status = paymentStatus ?? "not_paid"
  if (providerId === BANK_TRANSFER_PROVIDER_ID && UNPAID_BANK_TRANSFER.has(status)) return "입금 대기"
  return PAYMENT_STATUS[status] ?? "확인 중"
}

export function fulfillmentStatusLabel(fulfillmentStatus: string | null | undefined): string {
  return FULFILLMENT_STATUS[fulfillmentStatus ?? "not_fulfilled"] ?? "확인 중"
}

/** Whether the page should show the bank account and deadline to pay into. */
export function isAwaitingBankTransfer(order: {
  status: string
  payment_status: string | null
  payment?: { provider_id: string | null; status?: string | null } | null
}): boolean {
  if (order.status === "canceled" || order.payment?.provider_id !== BANK_TRANSFER_PROVIDER_ID) return false
  // the payment's own state when the API gives it (authorized = money not yet arrived)
  if (order.payment.status) return order.payment.status === "authorized"
  return UNPAID_BANK_TRANSFER.has(order.payment_status ?? "not_paid")
}

export type OrderProgressInput = {
  status: string
  payment_status: string | null
  fulfillment_status?: string | null
  provider_id?: string | null
}

/**
 * The one label a customer needs first: 취소됨, 입금 대기, 결제 완료, 배송 중, 배송 완료…
 * Cancellation wins; then an unpaid order says what payment waits for; then shipping progress.
 */
export function orderProgressLabel(order: OrderProgressInput): string {
  if (order.status === "canceled") return "취소됨"
  if (order.payment_status !== "captured") return paymentStatusLabel(order.payment_status, order.provider_id)
  const fulfillment = order.fulfillment_status ?? "not_fulfilled"
  if (fulfillment === "not_fulfilled" || fulfillment === "canceled") return "결제 완료"
  return fulfillmentStatusLabel(fulfillment)
}
