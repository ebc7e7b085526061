import { NextResponse, type NextRequest } from "next/server"
import { getCartId, removeCartId } from "@/lib/data/cart"
import { completeCart, confirmationPath } from "@/lib/data/checkout"

/**
 * Where Stripe sends the customer back after a bank's own page (3-D Secure): place the order
 * for the cart in the cookie and show its confirmation. Completing is idempotent (Medusa answers
 * a completed cart with its order), so a reload or a second tab never makes a second order.
 */
export async function GET(request: NextRequest) {
  const back = (path: string) => NextResponse.redirect(new URL(path, request.url), 303)
  const status = request.nextUrl.searchParams.get("redirect_status")
  const cartId = await getCartId()
  if (!cartId) return back("/cart")
  if (status !== "succeeded" && status !== "processing") return back("/checkout?card=failed")
  try {
    const path = await confirmationPath(await completeCart(cartId))
    await removeCartId()
    return back(path)
  } catch {
    return back("/checkout?card=failed")
  }
}
