/**
 * Korean messages for what Stripe.js reports when a card payment does not go through. Stripe's own
 * messages are English (or follow the browser); customers here read Korean, and a declined card
 * needs a clear next step, not a code.
 */
export type StripeErrorLike = { type?: string; code?: string; decline_code?: string } | null | undefined

const BY_DECLINE_CODE: Record<string, string> = {
  insufficient_funds: "카드 잔액 또는 한도가 부족합니다. 다른 카드로 결제해 주세요.",
  lost_card: "사용할 수 없는 카드입니다. 다른 카드로 결제해 주세요.",
  stolen_card: "사용할 수 없는 카드입니다. 다른 카드로 결제해 주세요.",
  expired_card: "카드 유효기간이 지났습니다. 다른 카드로 결제해 주세요.",
}

const CARD_DECLINED = "카드가 승인되지 않았습니다. 다른 카드를 사용하거나 카드사에 문의해 주세요."

const BY_CODE: Record<string, string> = {
  card_declined: CARD_DECLINED,
  expired_card: "카드 유효기간이 지났습니다. 다른 카드로 결제해 주세요.",
  incorrect_cvc: "CVC(보안코드)가 올바르지 않습니다.",
  invalid_cvc: "CVC(보안코드)가 올바르지 않습니다.",
  incorrect_number: "카드 번호가 올바르지 않습니다.",
  invalid_number: "카드 번호가 올바르지 않습니다.",
  invalid_expiry_month: "카드 유효기간(월)이 올바르지 않습니다.",
  invalid_expiry_year: "카드 유효기간(연도)이 올바르지 않습니다.",
  processing_error: "카드 처리 중 오류가 났습니다. 잠시 후 다시 시도해 주세요.",
  payment_intent_authentication_failure: "카드 본인 인증에 실패했습니다. 다시 시도해 주세요.",
  payment_intent_unexpected_state: "이미 처리된 결제입니다. 주문 내역을 확인해 주세요.",
}

export const STRIPE_FALLBACK_MESSAGE = "결제를 완료하지 못했습니다. 잠시 후 다시 시도해 주세요."

export function stripeErrorMessage(error: StripeErrorLike): string {
  if (!error) return STRIPE_FALLBACK_MESSAGE
  const byDecline = error.decline_code ? BY_DECLINE_CODE[error.decline_code] : undefined
  if (byDecline) return byDecline
  const byCode = error.code ? BY_CODE[error.code] : undefined
  if (byCode) return byCode
  if (error.type === "validation_error") return "카드 정보를 빠짐없이 정확하게 입력해 주세요."
  if (error.type === "card_error") return CARD_DECLINED
  if (error.type === "api_connection_error") return "결제 서버에 연결하지 못했습니다. 인터넷 연결을 확인해 주세요."
  return STRIPE_FALLBACK_MESSAGE
}
