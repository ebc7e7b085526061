import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { beforeAll, describe, expect, it } from "vitest"
import { STRIPE_PROVIDER_ID, STRIPE_WEBHOOK_PATH, stripeHostConfig } from "../../backend/modules/stripe-payment/options"
import { seedAll } from "../../seed/seed-all"
import { adminHeaders, responseOf } from "./utils/admin"
import { prepareCart } from "./utils/checkout"
import { runMedusa } from "./utils/medusa-runner"

/**
 * Against Stripe itself (test mode), only when a real test key is given:
 *   STRIPE_LIVE_SECRET_KEY=sk_test_… JAHWAL_SKIP_STOREFRONT_BUILD=1 npx vitest run tests/integration/stripe-live.test.ts
 * Needs the internet; the default test run and CI never do. Stripe cannot call back into this
 * machine, so the webhook is signed here with a local secret from the real PaymentIntent.
 */
const liveKey = process.env.STRIPE_LIVE_SECRET_KEY
const usable = !!liveKey && liveKey.startsWith("sk_test_")
if (!usable) {
  console.info(
    liveKey
      ? "stripe-live: STRIPE_LIVE_SECRET_KEY is not a test-mode key (sk_test_…); skipped, never run against live mode."
      : "stripe-live: skipped — set STRIPE_LIVE_SECRET_KEY=sk_test_… to run the payment flow against Stripe's test mode."
  )
}

const WEBHOOK_SECRET = "whsec_jahwal_live_test_local"

describe.skipIf(!usable)("Stripe test mode (real API)", () => {
  runMedusa(
    __filename,
    ({ api, getContainer }) => {
      let stripe: Stripe
      let key: string
      let regionId: string
      let variantId: string
      const store = () => ({ headers: { "x-publishable-api-key": key } })
      const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

      beforeAll(async () => {
        // STRIPE_API_HOST (a local stand-in) only for a dry run of this file without the internet.
        stripe = new Stripe(liveKey!, stripeHostConfig(process.env.STRIPE_API_HOST) ?? {})
        const seeded = await seedAll(getContainer())
        key = seeded.publishableKey
        regionId = seeded.regionId
        const { data } = await query().graph({ entity: "product_variant", fields: ["id"], filters: { sku: "NCG-JABAN-1" } })
        variantId = data[0].id
      })

      it("creates a KRW PaymentIntent for the cart total, authorizes on order, captures once", async () => {
        const cartId = await prepareCart(api, key, regionId, [{ variant_id: variantId, quantity: 1 }], STRIPE_PROVIDER_ID)
        const { data } = await query().graph({
          entity: "cart",
          fields: ["total", "payment_collection.payment_sessions.*"],
          filters: { id: cartId },
        })
        const cart = data[0] as unknown as { total: number; payment_collection: { payment_sessions: { provider_id: string; data: { id: string } }[] } }
        const intentId = cart.payment_collection.payment_sessions.find((s) => s.provider_id === STRIPE_PROVIDER_ID)!.data.id
        const created = await stripe.paymentIntents.retrieve(intentId)
        expect(created.currency).toBe("krw")
        expect(created.amount).toBe(Number(cart.total))

        // What the Payment Element does with Stripe's test card.
        await stripe.paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" })
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store())
        expect(completed.type).toBe("order")

        const { data: orders } = await query().graph({
          entity: "order",
          fields: ["payment_collections.payments.id"],
          filters: { id: completed.order.id },
        })
        const paymentId = (orders[0] as unknown as { payment_collections: { payments: { id: string }[] }[] }).payment_collections[0].payments[0].id
        await api.post(`/admin/payments/${paymentId}/capture`, {}, await adminHeaders(api))
        const captured = await stripe.paymentIntents.retrieve(intentId)
        expect(captured.status).toBe("succeeded")
        expect(captured.amount_received).toBe(Number(cart.total))

        // A signed payment_intent.succeeded for it is accepted and records no second capture.
        const payload = JSON.stringify({ id: "evt_live_local", object: "event", type: "payment_intent.succeeded", data: { object: captured } })
        const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET })
        const res = await responseOf(
          api.post(STRIPE_WEBHOOK_PATH, payload, { headers: { "content-type": "application/json", "stripe-signature": header }, transformRequest: [(b: unknown) => b] })
        )
        expect(res.status).toBe(200)
        const charges = await stripe.charges.list({ payment_intent: intentId })
        expect(charges.data).toHaveLength(1)
      })
    },
    { env: { STRIPE_API_KEY: usable ? liveKey! : "", STRIPE_WEBHOOK_SECRET: usable ? WEBHOOK_SECRET : "" } }
  )
})
