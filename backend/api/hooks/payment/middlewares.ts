import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import Stripe from "stripe"
import { STRIPE_WEBHOOK_PATH, stripeOptionsFromEnv } from "../../../modules/stripe-payment/options"

/**
 * Medusa's /hooks/payment/:provider route answers 200 to anything and checks the signature later,
 * in a background subscriber. For Stripe we check it up front as well, so a forged or corrupted
 * call gets a 400 at once (and Stripe's dashboard shows the failure) instead of a silent 200.
 * Valid events go on to Medusa's route unchanged; the subscriber verifies them again.
 */
export function verifyStripeSignature(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const options = stripeOptionsFromEnv()
  if (!options) {
    res.status(404).json({ message: "Stripe 결제가 설정되어 있지 않습니다." })
    return
  }
  const signature = req.headers["stripe-signature"]
  const rawBody = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
  if (!options.webhookSecret || typeof signature !== "string" || !rawBody) {
    res.status(400).json({ message: "Stripe 웹훅 서명이 없거나 웹훅 비밀키가 설정되지 않았습니다." })
    return
  }
  try {
    Stripe.webhooks.constructEvent(rawBody, signature, options.webhookSecret)
  } catch {
    res.status(400).json({ message: "Stripe 웹훅 서명이 올바르지 않습니다." })
    return
  }
  next()
}

export const stripeWebhookMiddlewares: MiddlewareRoute[] = [
  { matcher: STRIPE_WEBHOOK_PATH, method: ["POST"], middlewares: [verifyStripeSignature] },
]
