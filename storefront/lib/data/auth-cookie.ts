import "server-only"
import { cookies } from "next/headers"

/** The customer's Medusa JWT. httpOnly so page scripts never see it. */
export const AUTH_COOKIE = "_jahwal_jwt"
/** Set by the cart helper (lib/data/cart.ts); read here to hand a guest cart over on login. */
export const CART_COOKIE = "_jahwal_cart_id"

const SEVEN_DAYS = 60 * 60 * 24 * 7

export async function getAuthToken(): Promise<string | null> {
  const jar = await cookies()
  return jar.get(AUTH_COOKIE)?.value || null
}

/** Authorization header for the signed-in customer, or {} for a guest. */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function setAuthToken(token: string): Promise<void> {
  const jar = await cookies()
  jar.set(AUTH_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    // JAHWAL_INSECURE_COOKIES=1: a production build served on plain http (local browser tests), as for the cart cookie
    secure: process.env.NODE_ENV === "production" && process.env.JAHWAL_INSECURE_COOKIES !== "1",
    path: "/",
    maxAge: SEVEN_DAYS,
  })
}

export async function removeAuthToken(): Promise<void> {
  const jar = await cookies()
  jar.delete(AUTH_COOKIE)
}

/**
 * On logout the cart goes too: it now carries the customer's email and address, and the next
 * person at a shared computer must not see it.
 */
export async function forgetCart(): Promise<void> {
  const jar = await cookies()
  jar.delete(CART_COOKIE)
}

export async function getCartIdCookie(): Promise<string | null> {
  const jar = await cookies()
  return jar.get(CART_COOKIE)?.value || null
}
