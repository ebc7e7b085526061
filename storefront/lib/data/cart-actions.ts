"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import {
  fetchCart,
  getCartId,
  messageOf,
  setCartId,
  visitorFetch,
  type ShopCart,
} from "@/lib/data/cart"
import { getStoreRegion } from "@/lib/data/regions"
import { MAX_LINE_QUANTITY, parseQuantity } from "@/lib/util/cart-limits"

/**
 * Cart writes as server actions. The browser sends only ids and quantities; prices, discounts
 * and shipping are always computed by Medusa. Each action refreshes the page it came from so
 * the header badge and totals show the new cart.
 */

export type CartActionState =
  | { status: "idle" }
  | { status: "added"; message: string }
  | { status: "error"; message: string }


/** The visitor's open cart, created in 대한민국 on first use (and remembered in the cookie). */
async function ensureCart(): Promise<ShopCart> {
  const cartId = await getCartId()
  const existing = cartId ? await fetchCart(cartId) : null
  if (existing) return existing
  const region = await getStoreRegion()
  const { cart } = await visitorFetch<{ cart: ShopCart }>("/store/carts", {
    method: "POST",
    body: { region_id: region.id },
  })
  await setCartId(cart.id)
  return cart
}

/** 장바구니 담기 / 바로 구매 (the form's submit button says which: intent=cart|buy). */
export async function addToCart(_prev: CartActionState, formData: FormData): Promise<CartActionState> {
  const variantId = formData.get("variant_id")
  const quantity = parseQuantity(formData.get("quantity"))
  if (typeof variantId !== "string" || !variantId) {
    return { status: "error", message: "옵션을 선택해 주세요." }
  }
  if (quantity === null) {
    return { status: "error", message: `수량은 1개부터 ${MAX_LINE_QUANTITY}개까지 담을 수 있습니다.` }
  }
  try {
    const cart = await ensureCart()
    await visitorFetch(`/store/carts/${cart.id}/line-items`, {
      method: "POST",
      body: { variant_id: variantId, quantity },
    })
  } catch (error) {
    return { status: "error", message: messageOf(error, "장바구니에 담지 못했습니다. 재고가 부족하거나 판매가 끝난 상품일 수 있습니다.") }
  }
  if (formData.get("intent") === "buy") {
    redirect("/checkout")
  }
  refresh()
  return { status: "added", message: `장바구니에 ${quantity}개를 담았습니다.` }
}

export type LineActionResult = { ok: true } | { ok: false; message: string }

/** Sets a line's quantity (1–99); the cart page's − / + controls. */
export async function updateLineQuantity(lineId: string, quantity: number): Promise<LineActionResult> {
  const cartId = await getCartId()
  if (!cartId) return { ok: false, message: "장바구니를 찾을 수 없습니다. 페이지를 새로 고쳐 주세요." }
  if (parseQuantity(quantity) === null) {
    return { ok: false, message: `수량은 1개부터 ${MAX_LINE_QUANTITY}개까지 고를 수 있습니다.` }
  }
  try {
    await visitorFetch(`/store/carts/${cartId}/line-items/${lineId}`, { method: "POST", body: { quantity } })
  } catch (error) {
    return { ok: false, message: messageOf(error, "수량을 바꾸지 못했습니다. 남은 재고보다 많이 담을 수 없습니다.") }
  }
  refresh()
  return { ok: true }
}

export async function removeLine(lineId: string): Promise<LineActionResult> {
  const cartId = await getCartId()
  if (!cartId) return { ok: false, message: "장바구니를 찾을 수 없습니다. 페이지를 새로 고쳐 주세요." }
  try {
    await visitorFetch(`/store/carts/${cartId}/line-items/${lineId}`, { method: "DELETE" })
  } catch (error) {
    return { ok: false, message: messageOf(error, "상품을 빼지 못했습니다. 잠시 후 다시 시도해 주세요.") }
  }
  refresh()
  return { ok: true }
}

export type PromoActionState = { status: "idle" } | { status: "applied"; message: string } | { status: "error"; message: string }

/** Applies a promotion code (Medusa promotions); says so in Korean when it is unknown or does not apply. */
export async function applyPromoCode(_prev: PromoActionState, formData: FormData): Promise<PromoActionState> {
  const raw = formData.get("code")
  const code = typeof raw === "string" ? raw.trim() : ""
  if (!code) return { status: "error", message: "할인 코드를 입력해 주세요." }
  if (code.length > 50) return { status: "error", message: "할인 코드가 너무 깁니다. 다시 확인해 주세요." }
  const cartId = await getCartId()
  if (!cartId) return { status: "error", message: "장바구니가 비어 있습니다." }
  let cart: ShopCart
  try {
    ;({ cart } = await visitorFetch<{ cart: ShopCart }>(`/store/carts/${cartId}/promotions`, {
      method: "POST",
      body: { promo_codes: [code] },
    }))
  } catch (error) {
    return { status: "error", message: messageOf(error, `할인 코드 "${code}"를 찾을 수 없습니다. 코드를 다시 확인해 주세요.`) }
  }
  refresh()
  const applied = (cart.promotions ?? []).some((promotion) => promotion.code?.toLowerCase() === code.toLowerCase())
  if (!applied) {
    return { status: "error", message: `할인 코드 "${code}"는 지금 장바구니에 적용되지 않습니다. 사용 조건을 확인해 주세요.` }
  }
  return { status: "applied", message: `할인 코드 "${code}"를 적용했습니다.` }
}

export async function removePromoCode(code: string): Promise<LineActionResult> {
  const cartId = await getCartId()
  if (!cartId) return { ok: false, message: "장바구니를 찾을 수 없습니다." }
  try {
    await visitorFetch(`/store/carts/${cartId}/promotions`, { method: "DELETE", body: { promo_codes: [code] } })
  } catch (error) {
    return { ok: false, message: messageOf(error, "할인 코드를 빼지 못했습니다. 잠시 후 다시 시도해 주세요.") }
  }
  refresh()
  return { ok: true }
}
