import type { Metadata } from "next"
import { getMakerGroups, retrieveCart } from "@/lib/data/cart"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

export const metadata: Metadata = { title: "장바구니", robots: { index: false } }

export default async function CartPage() {
  const cart = await retrieveCart()
  const makerGroups = cart?.items?.length ? await getMakerGroups(cart.id).catch(() => null) : null
  return <CartTemplate cart={cart} makerGroups={makerGroups} />
}
