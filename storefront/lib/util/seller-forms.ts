import { checkLogin, PASSWORD_MIN_LENGTH, safeNextPath, type Checked, type FieldErrors } from "./account-forms"

/**
 * Checks of the 판매자센터 account forms (로그인, 초대 수락, 비밀번호 재설정, 구성원 초대), pure so
 * they are unit-tested and shared by the server actions. The API checks everything again.
 */

type Input = Record<string, unknown>

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function text(input: Input, key: string): string {
  const value = input[key]
  return typeof value === "string" ? value.trim() : ""
}

function secret(input: Input, key: string): string {
  const value = input[key]
  return typeof value === "string" ? value : ""
}

function result<K extends string, V>(errors: FieldErrors<K>, values: V): Checked<K, V> {
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values }
}

export const checkSellerLogin = checkLogin

/** Where to go after logging in: a 판매자센터 path only. */
export function safeSellerPath(next: unknown): string {
  const path = safeNextPath(next, "/seller")
  return path === "/seller" || path.startsWith("/seller/") || path.startsWith("/seller?") ? path : "/seller"
}

function checkNewPasswordPair(input: Input, errors: FieldErrors<"password" | "password_confirm">) {
  const password = secret(input, "password")
  const confirm = secret(input, "password_confirm")
  if (password.length < PASSWORD_MIN_LENGTH) errors.password = `비밀번호는 ${PASSWORD_MIN_LENGTH}자 이상으로 입력해 주세요.`
  else if (password.length > 200) errors.password = "비밀번호는 200자 이하로 입력해 주세요."
  else if (password !== confirm) errors.password_confirm = "비밀번호가 서로 다릅니다. 다시 확인해 주세요."
  return password
}

export type InviteAcceptField = "name" | "password" | "password_confirm"

/**
 * 초대 수락. `existing` (the API said this email already has a 자활장터 account): the password is
 * that account's current one, so there is no confirmation and no minimum length to check.
 */
export function checkInviteAccept(
  input: Input,
  existing: boolean
): Checked<InviteAcceptField, { name: string; password: string }> {
  const errors: FieldErrors<InviteAcceptField> = {}
  const name = text(input, "name")
  if (!name) errors.name = "이름을 입력해 주세요."
  else if (name.length > 50) errors.name = "이름은 50자 이하로 입력해 주세요."
  let password: string
  if (existing) {
    password = secret(input, "password")
    if (!password) errors.password = "기존 계정의 비밀번호를 입력해 주세요."
  } else {
    password = checkNewPasswordPair(input, errors)
  }
  return result(errors, { name, password })
}

export function checkResetRequest(input: Input): Checked<"email", { email: string }> {
  const email = text(input, "email").toLowerCase()
  return result(EMAIL_PATTERN.test(email) ? {} : { email: "이메일 주소를 올바르게 입력해 주세요." }, { email })
}

export function checkNewPassword(input: Input): Checked<"password" | "password_confirm", { password: string }> {
  const errors: FieldErrors<"password" | "password_confirm"> = {}
  const password = checkNewPasswordPair(input, errors)
  return result(errors, { password })
}

export type MemberInviteField = "email" | "role"

export function checkMemberInvite(input: Input): Checked<MemberInviteField, { email: string; role: "owner" | "staff" }> {
  const errors: FieldErrors<MemberInviteField> = {}
  const email = text(input, "email").toLowerCase()
  const role = text(input, "role")
  if (!EMAIL_PATTERN.test(email)) errors.email = "이메일 주소를 올바르게 입력해 주세요."
  if (role !== "owner" && role !== "staff") errors.role = "역할을 골라 주세요."
  return result(errors, { email, role: role === "owner" ? "owner" : "staff" })
}

/** 대표 / 담당자 */
export function roleLabel(role: string): string {
  return role === "owner" ? "대표" : "담당자"
}

const HANGUL = /[\uac00-\ud7a3]/

/** Our API words its 4xx in Korean; Medusa's own routes (login) still answer in English. */
export function isKorean(message: string): boolean {
  return HANGUL.test(message)
}

export const RESET_MAIL_SENT =
  "메일을 보냈습니다. 판매자센터에 가입된 이메일이면 비밀번호 재설정 링크가 도착합니다. 메일함을 확인해 주세요."
