import { normalizeMobilePhone, normalizePostalCode, PHONE_ERROR, POSTAL_CODE_ERROR } from "./contact"

/**
 * A delivery address the Korean way, as the storefront sends it: first_name holds the recipient's
 * full name (수령인, last_name stays ""), phone the recipient's mobile, postal_code the 5-digit
 * 우편번호, address_1 the road address (기본주소), address_2 the rest (상세주소).
 */
export type AddressInput = Record<string, unknown>

export const ADDRESS_ERRORS = {
  recipient: "수령인 이름을 입력해 주세요.",
  address: "기본주소를 입력해 주세요.",
  postalCode: POSTAL_CODE_ERROR,
  phone: PHONE_ERROR,
  country: "배송지는 대한민국(kr) 주소만 가능합니다.",
  shape: "주소 형식이 올바르지 않습니다.",
} as const

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "")

/**
 * Checks an address and returns it with phone and postal code normalized (010-1234-5678, 12345),
 * or the first Korean error message. `partial` checks only the fields present (an update that
 * changes, say, just the 상세주소).
 */
export function checkKoreanAddress(
  address: unknown,
  { partial = false } = {}
): { ok: true; address: AddressInput } | { ok: false; message: string } {
  if (typeof address !== "object" || address === null || Array.isArray(address)) {
    return { ok: false, message: ADDRESS_ERRORS.shape }
  }
  const input = address as AddressInput
  const has = (key: string) => !partial || key in input
  if (has("first_name") && !text(input.first_name)) return { ok: false, message: ADDRESS_ERRORS.recipient }
  if (has("address_1") && !text(input.address_1)) return { ok: false, message: ADDRESS_ERRORS.address }
  const out: AddressInput = { ...input }
  if (has("postal_code")) {
    const postal = normalizePostalCode(text(input.postal_code))
    if (!postal) return { ok: false, message: ADDRESS_ERRORS.postalCode }
    out.postal_code = postal
  }
  if (has("phone")) {
    const phone = normalizeMobilePhone(text(input.phone))
    if (!phone) return { ok: false, message: ADDRESS_ERRORS.phone }
    out.phone = phone
  }
  if (has("country_code")) {
    if (text(input.country_code).toLowerCase() !== "kr") return { ok: false, message: ADDRESS_ERRORS.country }
    out.country_code = "kr"
  }
  return { ok: true, address: out }
}
