import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * The key a guest holds to one order: HMAC-SHA256 of the order id under a server secret,
 * base64url. It never expires and needs no table; rotating the secret revokes every token.
 * The purpose prefix keeps these MACs from ever equalling another use of the same secret.
 */
const PURPOSE = "jahwal:order-access:v1:"

export function signOrderAccessToken(orderId: string, secret: string): string {
  if (!secret) throw new Error("주문 조회 토큰의 비밀키가 없습니다")
  return createHmac("sha256", secret).update(PURPOSE + orderId).digest("base64url")
}

/** Constant-time comparison, so response timing tells nothing about how close a guess was. */
export function verifyOrderAccessToken(orderId: string, token: string | null | undefined, secret: string): boolean {
  if (!token || !orderId) return false
  const expected = Buffer.from(signOrderAccessToken(orderId, secret))
  const given = Buffer.from(token)
  if (given.length !== expected.length) return false
  return timingSafeEqual(given, expected)
}
