import "server-only"
import { cookies, headers } from "next/headers"

/**
 * The 판매자센터 session: the seller's Medusa JWT, apart from the customer's `_jahwal_jwt`, so
 * one browser can be logged in to the shop and to 판매자센터 as different people. httpOnly:
 * page scripts never see it; every seller API call is made by this server with it as Bearer.
 */
export const SELLER_COOKIE = "_jahwal_seller"

// Medusa's seller tokens live for the JWT expiry (1 day by default); the cookie does not outlive it.
const ONE_DAY = 60 * 60 * 24

export async function getSellerToken(): Promise<string | null> {
  const jar = await cookies()
  return jar.get(SELLER_COOKIE)?.value || null
}

/** Served over https (directly or behind a proxy that says so): the cookie is Secure. */
async function isHttps(): Promise<boolean> {
  const list = await headers()
  const proto = list.get("x-forwarded-proto")?.split(",")[0]?.trim()
  if (proto) return proto === "https"
  return (list.get("origin") ?? "").startsWith("https://")
}

export async function setSellerToken(token: string): Promise<void> {
  const jar = await cookies()
  jar.set(SELLER_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
    maxAge: ONE_DAY,
  })
}

export async function removeSellerToken(): Promise<void> {
  const jar = await cookies()
  jar.delete(SELLER_COOKIE)
}
