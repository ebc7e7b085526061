import "server-only"

/**
 * Stripe's publishable key (pk_…), read at request time — not baked into the build — so one
 * build serves shops with and without card payments. null when Stripe is not configured; the
 * checkout then offers only 무통장입금.
 */
export function stripePublishableKey(): string | null {
  const key = process.env.STRIPE_PUBLISHABLE_KEY?.trim()
  return key ? key : null
}
