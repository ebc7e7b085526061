import type { Checked, FieldErrors } from "./account-forms"
import { descriptionHtml, parseWholeNumber } from "./seller-product-form"

/**
 * 업체 정보 (POST /seller/maker): contact, story and shipping terms; the legal identity is the
 * center's and is never sent. Same limits and words as the API
 * (backend/api/seller/maker/validators.ts); an emptied optional field is sent as null (cleared).
 */

type Input = Record<string, unknown>

export type MakerProfileBody = {
  story: string
  phone: string | null
  email: string | null
  address: string | null
  shipping_base_fee: number
  free_shipping_threshold: number | null
}

export type MakerProfileField = keyof MakerProfileBody

const PHONE = /^0\d{1,2}-\d{3,4}-\d{4}$|^1\d{3}-\d{4}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
export const MAX_SHIPPING_WON = 1_000_000

function text(input: Input, key: string): string {
  const value = input[key]
  return typeof value === "string" ? value.trim() : ""
}

export function checkMakerProfile(input: Input): Checked<MakerProfileField, MakerProfileBody> {
  const errors: FieldErrors<MakerProfileField> = {}
  // like a product description: plain text becomes paragraphs, HTML goes to the server's sanitizer
  const story = descriptionHtml(typeof input.story === "string" ? input.story : "")
  if (story.length > 20_000) errors.story = "소개글은 20,000자 이하여야 합니다"
  const phone = text(input, "phone")
  if (phone && !PHONE.test(phone)) errors.phone = "전화번호는 062-367-3027, 010-1234-5678 같은 형식이어야 합니다"
  const email = text(input, "email").toLowerCase()
  if (email && (!EMAIL.test(email) || email.length > 200)) errors.email = "이메일 형식이 올바르지 않습니다"
  const address = text(input, "address")
  if (address.length > 200) errors.address = "주소는 200자 이하여야 합니다"
  const fee = parseWholeNumber(text(input, "shipping_base_fee"))
  if (fee === null || fee > MAX_SHIPPING_WON) errors.shipping_base_fee = "기본 배송비는 0원부터 1,000,000원까지 원 단위 정수(부가세 포함)로 입력하세요"
  const rawThreshold = text(input, "free_shipping_threshold")
  const threshold = rawThreshold ? parseWholeNumber(rawThreshold) : null
  if (rawThreshold && (threshold === null || threshold > MAX_SHIPPING_WON)) {
    errors.free_shipping_threshold = "무료배송 기준 금액은 0원부터 1,000,000원까지 원 단위 정수(부가세 포함)로 입력하세요"
  }
  const body: MakerProfileBody = {
    story,
    phone: phone || null,
    email: email || null,
    address: address || null,
    shipping_base_fee: fee ?? 0,
    free_shipping_threshold: threshold,
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values: body }
}

/** The field an API 400 about the profile names (one message, no path), if any. */
export function profileFieldOfApiMessage(message: string): MakerProfileField | undefined {
  if (/^소개글/.test(message)) return "story"
  if (/^전화번호/.test(message)) return "phone"
  if (/^이메일/.test(message)) return "email"
  if (/^주소/.test(message)) return "address"
  if (/^기본 배송비/.test(message)) return "shipping_base_fee"
  if (/^무료배송/.test(message)) return "free_shipping_threshold"
  return undefined
}
