import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getMakerGroups, retrieveCart } from "@/lib/data/cart"
import { offeredPaymentProviders, stripeKeyForCheckout } from "@/lib/data/checkout"
import { retrieveCustomer } from "@/lib/data/customer"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

export const metadata: Metadata = { title: "주문서 작성", robots: { index: false } }

export default async function CheckoutPage() {
  const cart = await retrieveCart()
  if (!cart || (cart.items?.length ?? 0) === 0) {
    redirect("/cart")
  }
  const stripeKey = await stripeKeyForCheckout()
  const [makerGroups, customer, offered] = await Promise.all([
    getMakerGroups(cart.id).catch(() => null),
    retrieveCustomer(),
    offeredPaymentProviders(cart.region_id!, stripeKey),
  ])
  return (
    <CheckoutTemplate cart={cart} makerGroups={makerGroups} customer={customer} offered={offered} stripeKey={stripeKey} />
  )
}
