import { describe, expect, it } from "vitest"
import { STRIPE_FALLBACK_MESSAGE, stripeErrorMessage } from "../../storefront/lib/util/stripe-errors"

describe("Stripe errors in Korean", () => {
  it("names the reason a card was declined", () => {
    expect(stripeErrorMessage({ type: "card_error", code: "card_declined", decline_code: "insufficient_funds" })).toContain("한도가 부족")
    expect(stripeErrorMessage({ type: "card_error", code: "card_declined", decline_code: "generic_decline" })).toContain("승인되지 않았습니다")
    expect(stripeErrorMessage({ type: "card_error", code: "incorrect_cvc" })).toContain("CVC")
    expect(stripeErrorMessage({ type: "card_error", code: "expired_card" })).toContain("유효기간")
  })

  it("asks to complete the fields on validation errors, and falls back to a general message", () => {
    expect(stripeErrorMessage({ type: "validation_error", code: "incomplete_number" })).toContain("정확하게 입력")
    expect(stripeErrorMessage({ type: "api_error" })).toBe(STRIPE_FALLBACK_MESSAGE)
    expect(stripeErrorMessage(undefined)).toBe(STRIPE_FALLBACK_MESSAGE)
  })

  it("never shows Stripe's English text", () => {
    for (const e of [{ type: "card_error" }, { type: "invalid_request_error", code: "x" }, { type: "rate_limit_error" }]) {
      expect(stripeErrorMessage(e)).toMatch(/[가-힣]/)
    }
  })
})
