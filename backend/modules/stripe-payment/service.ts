import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import { stripeHostConfig, type StripePaymentOptions } from "./options"

/**
 * Medusa's own Stripe card provider (same identifier "stripe", so the provider id stays
 * pp_stripe_stripe), with one addition: the API host can be configured. Everything that touches
 * money — amounts in the smallest unit (KRW is zero-decimal), idempotency keys, webhook
 * signature checks — is Medusa's code, unchanged.
 */
export default class StripeCardProviderService extends StripeProviderService {
  static identifier = StripeProviderService.identifier

  constructor(cradle: Record<string, unknown>, options: StripePaymentOptions) {
    super(cradle, options as never)
    const host = stripeHostConfig(options.apiHost)
    if (host) {
      // The same stripe package (and API version) the base class was built with, only pointed
      // elsewhere; a plain require would find the root stripe package, a different major version.
      const basePackage = require.resolve("@medusajs/payment-stripe")
      const Stripe = require(require.resolve("stripe", { paths: [basePackage] }))
      this.stripe_ = new Stripe(options.apiKey, { ...host, maxNetworkRetries: 0 })
    }
  }
}
