"use server"

import { redirect } from "next/navigation"
import {
  fetchCart,
  getCartId,
  messageOf,
  removeCartId,
  statusOf,
  visitorFetch,
  type ShopCart,
} from "@/lib/data/cart"
import { completeCart, offeredPaymentProviders, stripeKeyForCheckout } from "@/lib/data/checkout"
import { handOverOrder } from "@/lib/data/order-access"
import { checkCheckoutForm, STRIPE_PROVIDER, type CheckoutErrors, type CheckoutValues } from "@/lib/util/checkout-form"

/**
 * 주문하기. The form's values are checked here again (the browser's checks are only a courtesy),
 * then written to the cart through the Store API, which checks them once more and answers bad
 * ones with Korean 400s. Prices, shipping and totals are Medusa's; the browser sends none.
 */

export type CheckoutState =
  | { status: "idle" }
  | { status: "invalid"; errors: CheckoutErrors; message: string }
  | { status: "error"; message: string }
  /** card payments: the form now shows Stripe's Payment Element for this PaymentIntent */
  | { status: "pay_with_card"; clientSecret: string }

const GONE = "장바구니가 비어 있거나 이미 주문이 끝났습니다. 장바구니를 확인해 주세요."

type ShippingOption = { id: string; name: string }
type PaymentCollection = { id: string; payment_sessions?: { provider_id: string; data?: Record<string, unknown> }[] }

async function writeCheckoutDetails(cart: ShopCart, values: CheckoutValues) {
  await visitorFetch(`/store/carts/${cart.id}`, {
    method: "POST",
    body: { email: values.email, shipping_address: values.shipping_address },
  })
  await visitorFetch(`/store/carts/${cart.id}/order-details`, { method: "POST", body: values.order_details })
}

/** 택배 (업체별 배송): the cart's one shipping option; Medusa prices it from the maker groups. */
async function chooseShipping(cartId: string) {
  const { shipping_options } = await visitorFetch<{ shipping_options: ShippingOption[] }>("/store/shipping-options", {
    query: { cart_id: cartId },
  })
  const option = shipping_options[0]
  if (!option) {
    throw Object.assign(new Error("이 주소로는 배송할 수 없습니다. 배송지를 확인해 주세요."), { status: 400 })
  }
  await visitorFetch(`/store/carts/${cartId}/shipping-methods`, { method: "POST", body: { option_id: option.id } })
}

/** A payment session with the chosen provider (replacing any earlier one), amount from the cart. */
async function startPayment(cartId: string, providerId: string) {
  const { payment_collection } = await visitorFetch<{ payment_collection: PaymentCollection }>(
    "/store/payment-collections",
    { method: "POST", body: { cart_id: cartId } }
  )
  const { payment_collection: updated } = await visitorFetch<{ payment_collection: PaymentCollection }>(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { method: "POST", body: { provider_id: providerId } }
  )
  return (updated.payment_sessions ?? []).find((session) => session.provider_id === providerId) ?? null
}

export async function placeOrder(_prev: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const cartId = await getCartId()
  let cart: ShopCart | null
  let offered: string[]
  try {
    cart = cartId ? await fetchCart(cartId) : null
    offered = cart ? await offeredPaymentProviders(cart.region_id!, await stripeKeyForCheckout()) : []
  } catch {
    return { status: "error", message: "주문서를 불러오지 못했습니다. 잠시 후 다시 시도해 주세요." }
  }
  if (!cart || (cart.items?.length ?? 0) === 0) return { status: "error", message: GONE }

  const checked = checkCheckoutForm(Object.fromEntries(formData), offered)
  if (!checked.ok) {
    return { status: "invalid", errors: checked.errors, message: "입력한 내용을 다시 확인해 주세요." }
  }
  const { values } = checked

  let path: string
  try {
    await writeCheckoutDetails(cart, values)
    await chooseShipping(cart.id)
    const session = await startPayment(cart.id, values.payment_provider)
    if (values.payment_provider === STRIPE_PROVIDER) {
      const clientSecret = session?.data?.client_secret
      if (typeof clientSecret !== "string") throw new Error("Stripe session without client_secret")
      return { status: "pay_with_card", clientSecret }
    }
    path = await handOverOrder(cart.id, (await completeCart(cart.id)).id)
  } catch (error) {
    return { status: "error", message: messageOf(error, "주문을 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.") }
  }
  await removeCartId()
  redirect(path)
}

/** After Stripe confirmed the card payment in the browser: place the order and show it. */
export async function completeCardCheckout(): Promise<{ message: string }> {
  const cartId = await getCartId()
  if (!cartId) return { message: GONE }
  let path: string
  try {
    path = await handOverOrder(cartId, (await completeCart(cartId)).id)
  } catch (error) {
    if (statusOf(error) === 404) return { message: GONE }
    return { message: messageOf(error, "결제는 되었지만 주문을 마치지 못했습니다. 고객센터로 연락해 주세요.") }
  }
  await removeCartId()
  redirect(path)
}
