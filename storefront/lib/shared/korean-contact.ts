/**
 * Korean contact fields as customers type them: mobile numbers (010-1234-5678, 01012345678,
 * 010 1234 5678) and 5-digit postal codes (우편번호, since 2015). One copy for the shop's forms and
 * the API: it lives in the storefront package (Turbopack compiles only files inside `storefront/`)
 * and backend/lib/korean/contact.ts re-exports it, like the safe-html policy.
 */

export const PHONE_ERROR = "휴대폰 번호를 010-1234-5678 형식으로 입력해 주세요."
export const POSTAL_CODE_ERROR = "우편번호는 숫자 5자리로 입력해 주세요."

/** 010-1234-5678 for a valid Korean mobile number (010, or the legacy 011/016/017/018/019), else null. */
export function normalizeMobilePhone(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, "").replace(/^\+82/, "0")
  if (/^010\d{8}$/.test(digits)) return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`
  if (/^01[16789]\d{7,8}$/.test(digits)) {
    const middle = digits.length === 10 ? 3 : 4
    return `${digits.slice(0, 3)}-${digits.slice(3, 3 + middle)}-${digits.slice(3 + middle)}`
  }
  return null
}

export function isValidMobilePhone(input: string): boolean {
  return normalizeMobilePhone(input) !== null
}

/** The 5-digit postal code, or null (old 6-digit 000-000 codes are no longer delivered to). */
export function normalizePostalCode(input: string): string | null {
  const trimmed = input.trim()
  return /^\d{5}$/.test(trimmed) ? trimmed : null
}

export function isValidPostalCode(input: string): boolean {
  return normalizePostalCode(input) !== null
}
