import { createHash, randomBytes } from "node:crypto"

/** An invite link is valid for 7 days (issue #11). */
export const SELLER_INVITE_TTL_DAYS = 7

/** sha256 hex: only this is stored, so a database dump does not hold working invite links. */
export function hashSellerToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

/** A fresh url-safe token (256 bits) and its hash. */
export function newSellerToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url")
  return { token, hash: hashSellerToken(token) }
}

export function inviteExpiry(from: Date = new Date()): Date {
  return new Date(from.getTime() + SELLER_INVITE_TTL_DAYS * 24 * 60 * 60 * 1000)
}

/** Emails are compared and stored lower-cased and trimmed (emailpass identities are exact strings). */
export function normalizeSellerEmail(email: string): string {
  return email.trim().toLowerCase()
}
