import { getAmountFromSmallestUnit, getSmallestUnit } from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"
import Stripe from "stripe"
import { describe, expect, it } from "vitest"
import { stripeHostConfig, stripeOptionsFromEnv } from "../../backend/modules/stripe-payment/options"

/**
 * The conversion our Stripe provider uses for every amount it sends to or reads from Stripe
 * (Medusa's, unchanged). KRW is zero-decimal in Stripe: 20,000원 is amount 20000, not 2000000.
 */
describe("Stripe amounts in KRW", () => {
  it("sends whole won as they are, no ×100", () => {
    expect(getSmallestUnit(20000, "krw")).toBe(20000)
    expect(getSmallestUnit(20000, "KRW")).toBe(20000)
    expect(getSmallestUnit(1, "krw")).toBe(1)
    expect(getSmallestUnit(1_234_500, "krw")).toBe(1_234_500)
  })

  it("reads Stripe amounts back as the same won", () => {
    expect(getAmountFromSmallestUnit(20000, "krw")).toBe(20000)
    expect(getAmountFromSmallestUnit(getSmallestUnit(54_300, "krw"), "krw")).toBe(54_300)
  })

  it("multiplies two-decimal currencies, for contrast", () => {
    expect(getSmallestUnit(20, "usd")).toBe(2000)
    expect(getSmallestUnit(19.99, "usd")).toBe(1999)
    expect(getAmountFromSmallestUnit(2000, "usd")).toBe(20)
  })

  it("rounds a fractional won to the nearest whole won (Stripe refuses fractions)", () => {
    expect(getSmallestUnit(19999.6, "krw")).toBe(20000)
    expect(getSmallestUnit(20000.4, "krw")).toBe(20000)
    expect(Number.isInteger(getSmallestUnit(33333.333, "krw"))).toBe(true)
  })
})

describe("Stripe options", () => {
  it("switch Stripe on only with an API key", () => {
    expect(stripeOptionsFromEnv({})).toBeNull()
    expect(stripeOptionsFromEnv({ STRIPE_API_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: "whsec_y" })).toEqual({
      apiKey: "sk_test_x",
      webhookSecret: "whsec_y",
      apiHost: undefined,
    })
  })

  it("turn an API host URL into the stripe library's host settings", () => {
    expect(stripeHostConfig(undefined)).toBeNull()
    expect(stripeHostConfig("http://127.0.0.1:12111")).toEqual({ host: "127.0.0.1", port: 12111, protocol: "http" })
    expect(stripeHostConfig("https://stripe.example")).toEqual({ host: "stripe.example", port: 443, protocol: "https" })
  })
})

describe("webhook signatures", () => {
  it("verify with the right secret only", () => {
    const payload = JSON.stringify({ id: "evt_1", type: "payment_intent.succeeded", data: { object: { amount: 20000, currency: "krw" } } })
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_right" })
    expect(Stripe.webhooks.constructEvent(payload, header, "whsec_right").type).toBe("payment_intent.succeeded")
    expect(() => Stripe.webhooks.constructEvent(payload, header, "whsec_wrong")).toThrow()
    expect(() => Stripe.webhooks.constructEvent(payload.replace("20000", "1"), header, "whsec_right")).toThrow()
  })
})
