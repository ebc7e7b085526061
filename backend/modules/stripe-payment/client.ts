import Stripe from "stripe"
import { stripeHostConfig, type StripePaymentOptions } from "./options"

/**
 * A Stripe client for our own read-only checks (the card return), on the same key and host as
 * Medusa's provider. Money moves only through Medusa's provider.
 */
export function createStripeClient(options: StripePaymentOptions): Stripe {
  const host = stripeHostConfig(options.apiHost)
  return new Stripe(options.apiKey, host ? { ...host, maxNetworkRetries: 0 } : {})
}
