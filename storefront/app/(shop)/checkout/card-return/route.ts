import { NextResponse, type NextRequest } from "next/server"
import { getCartId, removeCartId, visitorFetch } from "@/lib/data/cart"
import { completeCart } from "@/lib/data/checkout"
import { handOverOrder } from "@/lib/data/order-access"

/**
 * Where Stripe sends the customer back after a bank's own page (3-D Secure):
 * `?payment_intent=pi_…&redirect_status=…`. The address is the browser's word, so the backend
 * first checks that this PaymentIntent is the cart's own Stripe session and that Stripe holds the
 * money for it (POST /store/carts/:id/card-payment); only then is the cart completed. Completing
 * is idempotent (Medusa answers a completed cart with its order), so a reload or a second tab
 * never makes a second order.
 */
export async function GET(request: NextRequest) {
  const back = (path: string) => NextResponse.redirect(new URL(path, request.url), 303)
  const params = request.nextUrl.searchParams
  const cartId = await getCartId()
  if (!cartId) return back("/cart")
  const intent = params.get("payment_intent")
  if (!intent || params.get("redirect_status") === "failed") return back("/checkout?card=failed")
  try {
    await visitorFetch(`/store/carts/${encodeURIComponent(cartId)}/card-payment`, {
      method: "POST",
      body: { payment_intent: intent },
    })
    const path = await handOverOrder(cartId, (await completeCart(cartId)).id)
    await removeCartId()
    return back(path)
  } catch {
    return back("/checkout?card=failed")
  }
}
