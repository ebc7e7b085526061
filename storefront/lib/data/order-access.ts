import "server-only"
import { cookies, headers } from "next/headers"
import { visitorFetch } from "@/lib/data/cart"

/**
 * A guest's access to an order: the token the backend issued to whoever completed the checkout
 * (or found the order in 주문조회), kept in an httpOnly cookie named after the order — never in
 * an address, so it does not end up in histories, logs or Referer headers. Sent to the backend
 * only from this server, in the x-order-token header. It lives as long as the token (30 days).
 */
const COOKIE_PREFIX = "_jahwal_order_"

export type IssuedOrderAccess = {
  order: { id: string; display_id: number }
  access_token: string
  access_token_expires_at: string
}

const cookieName = (orderId: string) => `${COOKIE_PREFIX}${orderId.replace(/[^A-Za-z0-9_]/g, "")}`

export async function orderAccessToken(orderId: string): Promise<string | null> {
  const jar = await cookies()
  return jar.get(cookieName(orderId))?.value || null
}

/** Only in server actions and route handlers (where cookies can be written). */
export async function rememberOrderAccess(issued: IssuedOrderAccess): Promise<void> {
  const jar = await cookies()
  const seconds = Math.floor((new Date(issued.access_token_expires_at).getTime() - Date.now()) / 1000)
  if (!(seconds > 0)) return
  jar.set(cookieName(issued.order.id), issued.access_token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.JAHWAL_INSECURE_COOKIES !== "1",
    path: "/",
    maxAge: seconds,
  })
}

/**
 * Right after the cart became an order: collect the order's token with the cart id (the proof
 * the backend accepts, see backend/api/store/carts/[id]/order-access) and keep it. Returns the
 * confirmation page. Without a token (the hand-over failed) the page still confirms the order
 * and points to 주문조회; a signed-in customer reads it with their login.
 */
export async function handOverOrder(cartId: string, orderId: string): Promise<string> {
  try {
    const issued = await visitorFetch<IssuedOrderAccess>(`/store/carts/${encodeURIComponent(cartId)}/order-access`, {
      method: "POST",
      body: {},
    })
    await rememberOrderAccess(issued)
  } catch {
    // the order is placed either way
  }
  return `/order/confirmed/${encodeURIComponent(orderId)}`
}

/**
 * The visitor's address for the backend's per-address lookup limit: the last X-Forwarded-For
 * entry, i.e. the address the proxy in front of this server saw (Next.js itself fills the header
 * with the socket address when there is no proxy). Behind no proxy a client could send its own
 * header; see docs/orders.md "Limits".
 */
export async function forwardedClient(): Promise<Record<string, string>> {
  const list = (await headers()).get("x-forwarded-for") ?? ""
  const last = list.split(",").map((s) => s.trim()).filter(Boolean).pop()
  return last ? { "x-forwarded-for": last } : {}
}
