import { normalizeMobilePhone, normalizePostalCode, PHONE_ERROR, POSTAL_CODE_ERROR } from "../shared/korean-contact"

/**
 * Checks for the account forms (가입, 로그인, 배송지, 주문조회), pure so they can be unit-tested
 * and shared by the server actions. Each returns either clean values or Korean messages per field.
 */

export type FieldErrors<K extends string> = Partial<Record<K, string>>
export type Checked<K extends string, V> = { ok: true; values: V } | { ok: false; errors: FieldErrors<K> }

export const PASSWORD_MIN_LENGTH = 8
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

// what a form posts (FormData entries) or a test passes; only strings count as typed text
type Input = Record<string, unknown>

function text(input: Input, key: string): string {
  const value = input[key]
  return typeof value === "string" ? value.trim() : ""
}

function result<K extends string, V>(errors: FieldErrors<K>, values: V): Checked<K, V> {
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values }
}

export type SignupField = "email" | "password" | "password_confirm" | "name" | "phone" | "agree"
export type SignupValues = { email: string; password: string; name: string; phone: string }

export function checkSignup(input: Input): Checked<SignupField, SignupValues> {
  const errors: FieldErrors<SignupField> = {}
  const email = text(input, "email").toLowerCase()
  const password = typeof input.password === "string" ? input.password : ""
  const confirm = typeof input.password_confirm === "string" ? input.password_confirm : ""
  const name = text(input, "name")
  const phone = normalizeMobilePhone(text(input, "phone"))
  if (!EMAIL_PATTERN.test(email)) errors.email = "이메일 주소를 올바르게 입력해 주세요."
  if (password.length < PASSWORD_MIN_LENGTH) errors.password = `비밀번호는 ${PASSWORD_MIN_LENGTH}자 이상으로 입력해 주세요.`
  else if (password !== confirm) errors.password_confirm = "비밀번호가 서로 다릅니다. 다시 확인해 주세요."
  if (!name) errors.name = "이름을 입력해 주세요."
  else if (name.length > 50) errors.name = "이름은 50자 이하로 입력해 주세요."
  if (!phone) errors.phone = PHONE_ERROR
  if (input.agree !== "on" && input.agree !== "true") errors.agree = "이용약관과 개인정보 수집·이용에 동의해 주세요."
  return result(errors, { email, password, name, phone: phone ?? "" })
}

export type LoginField = "email" | "password"

export function checkLogin(input: Input): Checked<LoginField, { email: string; password: string }> {
  const errors: FieldErrors<LoginField> = {}
  const email = text(input, "email").toLowerCase()
  const password = typeof input.password === "string" ? input.password : ""
  if (!EMAIL_PATTERN.test(email)) errors.email = "이메일 주소를 올바르게 입력해 주세요."
  if (!password) errors.password = "비밀번호를 입력해 주세요."
  return result(errors, { email, password })
}

export type AddressField = "recipient" | "phone" | "postal_code" | "address_1" | "address_2" | "address_name"

/** A saved address as the Store API takes it (our convention: first_name = 수령인 full name). */
export type AddressPayload = {
  address_name: string | null
  first_name: string
  last_name: string
  phone: string
  postal_code: string
  address_1: string
  address_2: string
  city: string
  country_code: "kr"
  is_default_shipping: boolean
}

export function checkAddress(input: Input): Checked<AddressField, AddressPayload> {
  const errors: FieldErrors<AddressField> = {}
  const recipient = text(input, "recipient")
  const phone = normalizeMobilePhone(text(input, "phone"))
  const postalCode = normalizePostalCode(text(input, "postal_code"))
  const address1 = text(input, "address_1")
  const address2 = text(input, "address_2")
  const addressName = text(input, "address_name")
  if (!recipient) errors.recipient = "받는 분 이름을 입력해 주세요."
  if (!phone) errors.phone = PHONE_ERROR
  if (!postalCode) errors.postal_code = POSTAL_CODE_ERROR
  if (!address1) errors.address_1 = "기본주소를 입력해 주세요."
  if (address2.length > 100) errors.address_2 = "상세주소는 100자 이하로 입력해 주세요."
  if (addressName.length > 30) errors.address_name = "배송지 이름은 30자 이하로 입력해 주세요."
  return result(errors, {
    address_name: addressName || null,
    first_name: recipient,
    last_name: "",
    phone: phone ?? "",
    postal_code: postalCode ?? "",
    address_1: address1,
    address_2: address2,
    city: address1.split(/\s+/)[0] ?? "",
    country_code: "kr",
    is_default_shipping: input.is_default_shipping === "on" || input.is_default_shipping === "true",
  })
}

export type LookupField = "order_number" | "contact"
export type LookupValues = { order_number: number; email?: string; phone?: string }

/** 주문조회: the order number plus the email or the mobile number given at checkout (one field). */
export function checkOrderLookup(input: Input): Checked<LookupField, LookupValues> {
  const errors: FieldErrors<LookupField> = {}
  const rawNumber = text(input, "order_number").replace(/^#/, "")
  const orderNumber = /^\d{1,10}$/.test(rawNumber) ? Number(rawNumber) : NaN
  const contact = text(input, "contact")
  if (!Number.isSafeInteger(orderNumber) || orderNumber < 1) errors.order_number = "주문번호를 숫자로 입력해 주세요."
  let values: LookupValues = { order_number: orderNumber }
  if (contact.includes("@")) {
    if (!EMAIL_PATTERN.test(contact)) errors.contact = "이메일 주소를 올바르게 입력해 주세요."
    values = { ...values, email: contact.toLowerCase() }
  } else {
    const phone = normalizeMobilePhone(contact)
    if (!contact) errors.contact = "주문할 때 입력한 이메일 또는 휴대폰 번호를 입력해 주세요."
    else if (!phone) errors.contact = "이메일 주소 또는 휴대폰 번호(010-1234-5678)를 올바르게 입력해 주세요."
    values = { ...values, phone: phone ?? undefined }
  }
  return result(errors, values)
}

/**
 * Where to go after logging in: only a path on this site ("/account/orders"), never another
 * origin ("//evil.example", "https://…"), so ?next= cannot be used to send customers away.
 */
export function safeNextPath(next: unknown, fallback = "/account"): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) {
    return fallback
  }
  return next
}
