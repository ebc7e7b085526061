/**
 * Stripe card payments are switched on by STRIPE_API_KEY; everything else about them is read here,
 * once, so medusa-config.ts, the webhook guard and the seed agree on whether Stripe is on.
 */
export type StripePaymentOptions = {
  apiKey: string
  webhookSecret?: string
  /**
   * Where the Stripe API is, e.g. "http://127.0.0.1:12111". Unset in production (api.stripe.com);
   * tests point it at a local stand-in of the Stripe API, because they cannot reach Stripe.
   */
  apiHost?: string
}

/** Medusa's id of the Stripe card provider: pp_{identifier "stripe"}_{provider id "stripe"}. */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
/** The webhook path Stripe is configured to call (Medusa's /hooks/payment/:provider). */
export const STRIPE_WEBHOOK_PATH = "/hooks/payment/stripe_stripe"

export function stripeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StripePaymentOptions | null {
  const apiKey = env.STRIPE_API_KEY
  if (!apiKey) return null
  return {
    apiKey,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET || undefined,
    apiHost: env.STRIPE_API_HOST || undefined,
  }
}

/** new Stripe(key, config) connection settings for an apiHost URL; null means Stripe's own host. */
export function stripeHostConfig(apiHost: string | undefined) {
  if (!apiHost) return null
  const url = new URL(apiHost)
  const protocol = url.protocol === "http:" ? ("http" as const) : ("https" as const)
  return { host: url.hostname, port: Number(url.port || (protocol === "http" ? 80 : 443)), protocol }
}
