import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * The key a guest holds to one order: `<issued-at ms>.<mac>`, the MAC being HMAC-SHA256 (base64url)
 * of the order id and the issue time under a server secret. It is good for 30 days from issue;
 * the server refuses one issued at or before the order's revocation time (see
 * backend/modules/order-access), and rotating the secret revokes every token.
 * The purpose prefix keeps these MACs from ever equalling another use of the same secret; "v2"
 * makes the never-expiring tokens of before (a MAC of the order id alone) worthless.
 */
const PURPOSE = "jahwal:order-access:v2:"
export const ORDER_ACCESS_TTL_MS = 30 * 24 * 60 * 60_000
/** a token from a server whose clock runs a little ahead is still fine */
const CLOCK_SKEW_MS = 5 * 60_000

export type OrderAccessToken = { token: string; issued_at: Date; expires_at: Date }

function mac(orderId: string, issuedAt: number, secret: string): string {
  if (!secret) throw new Error("주문 조회 토큰의 비밀키가 없습니다")
  return createHmac("sha256", secret).update(`${PURPOSE}${orderId}:${issuedAt}`).digest("base64url")
}

export function signOrderAccessToken(orderId: string, secret: string, now = Date.now()): OrderAccessToken {
  const issuedAt = Math.floor(now)
  return {
    token: `${issuedAt}.${mac(orderId, issuedAt, secret)}`,
    issued_at: new Date(issuedAt),
    expires_at: new Date(issuedAt + ORDER_ACCESS_TTL_MS),
  }
}

/**
 * The token's issue time when it is this order's, unexpired and authentic; null otherwise.
 * The MAC is compared in constant time, so response timing tells nothing about a guess.
 * (Whether the order revoked it afterwards is the caller's check: it needs the database.)
 */
export function verifyOrderAccessToken(
  orderId: string,
  token: string | null | undefined,
  secret: string,
  now = Date.now()
): Date | null {
  if (!token || !orderId) return null
  const match = /^(\d{1,16})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return null
  const issuedAt = Number(match[1])
  const expected = Buffer.from(mac(orderId, issuedAt, secret))
  const given = Buffer.from(match[2])
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  if (issuedAt > now + CLOCK_SKEW_MS || now - issuedAt > ORDER_ACCESS_TTL_MS) return null
  return new Date(issuedAt)
}
