import "server-only"
import { listPaymentProviderIds, visitorFetch } from "@/lib/data/cart"
import { stripePublishableKey } from "@/lib/data/stripe-config"
import { BANK_TRANSFER_PROVIDER, STRIPE_PROVIDER, type PaymentProviderId } from "@/lib/util/checkout-form"

/** Stripe's publishable key when card payments are set up (STRIPE_PUBLISHABLE_KEY), else null. */
export async function stripeKeyForCheckout(): Promise<string | null> {
  return stripePublishableKey()
}

/**
 * The payment methods the checkout offers, 무통장입금 first (the built-in default). Cards only
 * when the region has Stripe and the storefront knows its publishable key; Medusa's system
 * provider (for tests and staff) is never offered to customers.
 */
export async function offeredPaymentProviders(
  regionId: string,
  stripeKey: string | null
): Promise<PaymentProviderId[]> {
  const ids = await listPaymentProviderIds(regionId)
  const offered: PaymentProviderId[] = []
  if (ids.includes(BANK_TRANSFER_PROVIDER)) offered.push(BANK_TRANSFER_PROVIDER)
  if (stripeKey && ids.includes(STRIPE_PROVIDER)) offered.push(STRIPE_PROVIDER)
  return offered
}

type CompleteResponse =
  | { type: "order"; order: { id: string; display_id: number; email: string } }
  | { type: "cart"; error?: { message?: string } }

/**
 * Places the order. Medusa locks the cart while completing and answers a second completion of
 * the same cart with the same order, so a double submit never makes two orders.
 */
export async function completeCart(cartId: string): Promise<{ id: string; display_id: number; email: string }> {
  const result = await visitorFetch<CompleteResponse>(`/store/carts/${cartId}/complete`, { method: "POST" })
  if (result.type !== "order") {
    const message = result.error?.message ?? ""
    throw Object.assign(
      new Error(/[가-힣]/.test(message) ? message : "결제가 확인되지 않아 주문을 마치지 못했습니다. 다시 시도해 주세요."),
      { status: 400 }
    )
  }
  return result.order
}
