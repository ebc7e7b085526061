import "server-only"
import { redirect } from "next/navigation"
import { cache } from "react"
import { getSellerToken } from "@/lib/data/seller-cookie"
import { sellerFetch, statusOf } from "@/lib/data/seller-fetch"

export type SellerRole = "owner" | "staff"

/** The logged-in member of 판매자센터 and the maker it belongs to (GET /seller/me). */
export type SellerSession = {
  id: string
  email: string
  name: string
  role: SellerRole
  maker: { id: string; handle: string; name: string; status: string }
}

/**
 * The session's member, or null without a valid one (no cookie, an expired token, a removed
 * member, a suspended maker: the guard answers 401/403). Read once per request.
 */
export const retrieveSeller = cache(async (): Promise<SellerSession | null> => {
  if (!(await getSellerToken())) return null
  try {
    const { member } = await sellerFetch<{ member: SellerSession | undefined }>("/seller/me")
    return member ?? null
  } catch (error) {
    const status = statusOf(error)
    if (status === 401 || status === 403) return null
    throw error
  }
})

/**
 * For every 판매자센터 page but login, invite and password reset: no valid session → the login
 * page, which comes back to `returnTo` afterwards.
 */
export async function requireSeller(returnTo = "/seller"): Promise<SellerSession> {
  const seller = await retrieveSeller()
  if (!seller) redirect(returnTo === "/seller" ? "/seller/login" : `/seller/login?next=${encodeURIComponent(returnTo)}`)
  return seller
}
