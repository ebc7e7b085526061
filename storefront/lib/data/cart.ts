import "server-only"
import { cache } from "react"
import { cookies } from "next/headers"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, CART_COOKIE } from "@/lib/data/auth-cookie"
import { getSdk } from "@/lib/sdk"

const THIRTY_DAYS = 60 * 60 * 24 * 30

/**
 * Extra fields on top of the Store API's default cart (items, promotions, shipping methods,
 * payment sessions and every total, all computed by Medusa): each line's own totals.
 */
const CART_FIELDS = [
  "+items.total",
  "+items.subtotal",
  "+items.original_total",
  "+shipping_methods.name",
  "+payment_collection.payment_sessions.data",
].join(",")

export type ShopCart = HttpTypes.StoreCart

/** One maker's parcel in the cart (GET /store/carts/:id/maker-groups). */
export type MakerGroup = {
  maker: { id: string; handle: string; name: string } | null
  line_item_ids: string[]
  item_subtotal: number
  shipping_fee: number
  base_fee: number
  free_shipping_threshold: number | null
  remaining_for_free_shipping: number
}

export type MakerGroups = { maker_groups: MakerGroup[]; shipping_total: number }

type RequestInit = {
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  query?: Record<string, unknown>
}

/**
 * A Store API call made for this visitor: never cached (a cart is one person's), with their
 * login token when they have one so carts and orders belong to their account.
 */
export async function visitorFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    method: init.method ?? "GET",
    ...(init.body === undefined ? {} : { body: init.body }),
    ...(init.query ? { query: init.query } : {}),
    headers: await authHeaders(),
    cache: "no-store",
  })
}

export function statusOf(error: unknown): number | null {
  return typeof error === "object" && error !== null && "status" in error && typeof error.status === "number"
    ? error.status
    : null
}

// The API's sentences for an error it knows only by status (docs/api-errors.md): our own
// fallback says more about what the shopper was doing.
const GENERIC_API_MESSAGES = new Set([
  "요청이 올바르지 않습니다.",
  "요청한 정보를 찾을 수 없습니다.",
  "요청을 처리할 수 없습니다.",
])

/**
 * The API's own message when it is one for customers (a Korean 4xx from our routes, e.g. a bad
 * phone number); Medusa's English internals, the API's generic sentences and 5xx errors become
 * the given Korean fallback.
 */
export function messageOf(error: unknown, fallback: string): string {
  const status = statusOf(error)
  const message = error instanceof Error ? error.message : ""
  if (status !== null && status >= 400 && status < 500 && /[가-힣]/.test(message) && !GENERIC_API_MESSAGES.has(message)) {
    return message
  }
  return fallback
}

export async function getCartId(): Promise<string | null> {
  const jar = await cookies()
  return jar.get(CART_COOKIE)?.value || null
}

/** Only in server actions and route handlers (where cookies can be written). */
export async function setCartId(cartId: string): Promise<void> {
  const jar = await cookies()
  jar.set(CART_COOKIE, cartId, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.JAHWAL_INSECURE_COOKIES !== "1",
    path: "/",
    maxAge: THIRTY_DAYS,
  })
}

export async function removeCartId(): Promise<void> {
  const jar = await cookies()
  jar.delete(CART_COOKIE)
}

/** A cart by id with its totals; null when it is unknown or already became an order. */
export async function fetchCart(cartId: string): Promise<ShopCart | null> {
  try {
    const { cart } = await visitorFetch<{ cart: ShopCart }>(`/store/carts/${cartId}`, {
      query: { fields: CART_FIELDS },
    })
    return cart.completed_at ? null : cart
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
}

/** The visitor's open cart (from the cookie), or null. One fetch per request. */
export const retrieveCart = cache(async (): Promise<ShopCart | null> => {
  const cartId = await getCartId()
  return cartId ? fetchCart(cartId) : null
})

/** The cart's lines grouped by the maker that ships them, with each parcel's fee (server-computed). */
export const getMakerGroups = cache(async (cartId: string): Promise<MakerGroups> => {
  return visitorFetch<MakerGroups>(`/store/carts/${cartId}/maker-groups`)
})

/** Payment providers the region offers (ids such as pp_bank-transfer_bank-transfer). */
export async function listPaymentProviderIds(regionId: string): Promise<string[]> {
  const { payment_providers } = await visitorFetch<{ payment_providers: { id: string }[] }>(
    "/store/payment-providers",
    { query: { region_id: regionId } }
  )
  return payment_providers.map((provider) => provider.id)
}
