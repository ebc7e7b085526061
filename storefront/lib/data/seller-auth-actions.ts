"use server"

import { redirect } from "next/navigation"
import { keptValues, type FormState } from "@/lib/data/form-state"
import { removeSellerToken, setSellerToken } from "@/lib/data/seller-cookie"
import { messageOf, sellerFetch, statusOf, SELLER_TRY_AGAIN } from "@/lib/data/seller-fetch"
import {
  checkInviteAccept,
  checkNewPassword,
  checkResetRequest,
  checkSellerLogin,
  isKorean,
  RESET_MAIL_SENT,
  safeSellerPath,
} from "@/lib/util/seller-forms"

const WRONG_CREDENTIALS = "이메일 또는 비밀번호가 올바르지 않습니다."
const NOT_A_SELLER = "판매자센터 회원이 아닌 계정입니다. 받은 초대 메일의 링크로 먼저 가입해 주세요."
const TRY_AGAIN = SELLER_TRY_AGAIN
const RESET_LINK_INVALID = "비밀번호 재설정 링크가 유효하지 않거나 만료되었습니다. 다시 요청해 주세요."
const EXISTING_IDENTITY = /이미 자활장터 계정이 있는 이메일/

type Login = { token: string } | { error: string }

/**
 * Medusa's seller login. A wrong password is Medusa's English 401 (worded here); a suspended
 * maker is our Korean 401, shown as it is. A token whose identity is no member (a customer's
 * password, a self-registered identity) does not open /seller/me: refused too.
 */
async function sellerLogin(email: string, password: string): Promise<Login> {
  let token: string
  try {
    token = (await sellerFetch<{ token: string }>("/auth/seller/emailpass", { method: "POST", body: { email, password }, token: null })).token
  } catch (error) {
    if (statusOf(error) === 401) return { error: isKorean(messageOf(error)) ? messageOf(error) : WRONG_CREDENTIALS }
    return { error: TRY_AGAIN }
  }
  try {
    await sellerFetch("/seller/me", { token })
  } catch (error) {
    const status = statusOf(error)
    if (status === 403 && isKorean(messageOf(error))) return { error: messageOf(error) }
    return { error: status === 401 ? NOT_A_SELLER : TRY_AGAIN }
  }
  return { token }
}

export async function loginSeller(_state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const checked = checkSellerLogin(Object.fromEntries(formData))
  if (!checked.ok) return { fieldErrors: checked.errors, values }
  const login = await sellerLogin(checked.values.email, checked.values.password)
  if ("error" in login) return { error: login.error, values }
  await setSellerToken(login.token)
  redirect(safeSellerPath(formData.get("next")))
}

export async function logoutSeller(): Promise<void> {
  await removeSellerToken()
  redirect("/seller/login")
}

/**
 * 초대 수락 → log in → 대시보드. When the API says the email already has a 자활장터 account, the
 * form comes back asking for that account's current password (`values.existing = "1"`).
 */
export async function acceptInvite(_state: FormState, formData: FormData): Promise<FormState> {
  const existing = formData.get("existing") === "1"
  const values = keptValues(formData)
  const token = String(formData.get("token") ?? "")
  const checked = checkInviteAccept(Object.fromEntries(formData), existing)
  if (!checked.ok) return { fieldErrors: checked.errors, values }
  let email: string
  try {
    const { member } = await sellerFetch<{ member: { email: string } }>("/seller/invites/accept", {
      method: "POST",
      body: { token, name: checked.values.name, password: checked.values.password },
      token: null,
    })
    email = member.email
  } catch (error) {
    const message = messageOf(error)
    if (statusOf(error) === 400 && EXISTING_IDENTITY.test(message)) {
      return { fieldErrors: { password: message }, values: { ...values, existing: "1" } }
    }
    if (statusOf(error) === 400 && /비밀번호/.test(message)) return { fieldErrors: { password: message }, values }
    if (statusOf(error) === 400 && /이름/.test(message)) return { fieldErrors: { name: message }, values }
    if (statusOf(error) === 400 && isKorean(message)) return { error: message, values }
    return { error: TRY_AGAIN, values }
  }
  const login = await sellerLogin(email, checked.values.password)
  if ("error" in login) redirect("/seller/login")
  await setSellerToken(login.token)
  redirect("/seller")
}

/** Always the same answer, so the form does not tell who is a member. */
export async function requestSellerPasswordReset(_state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const checked = checkResetRequest(Object.fromEntries(formData))
  if (!checked.ok) return { fieldErrors: checked.errors, values }
  try {
    await sellerFetch("/auth/seller/emailpass/reset-password", { method: "POST", body: { identifier: checked.values.email }, token: null, noJson: true })
  } catch (error) {
    if (statusOf(error) !== undefined && statusOf(error)! < 500) return { success: RESET_MAIL_SENT }
    return { error: TRY_AGAIN, values }
  }
  return { success: RESET_MAIL_SENT }
}

/** The new password, with the mail's token as Bearer (Medusa's update route); then logged in. */
export async function resetSellerPassword(_state: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get("token") ?? "")
  const email = String(formData.get("email") ?? "").trim().toLowerCase()
  const checked = checkNewPassword(Object.fromEntries(formData))
  if (!checked.ok) return { fieldErrors: checked.errors }
  if (!token || !email) return { error: RESET_LINK_INVALID }
  try {
    await sellerFetch("/auth/seller/emailpass/update", { method: "POST", body: { email, password: checked.values.password }, token })
  } catch (error) {
    const status = statusOf(error)
    return { error: status === 401 || status === 400 ? RESET_LINK_INVALID : TRY_AGAIN }
  }
  const login = await sellerLogin(email, checked.values.password)
  if ("error" in login) redirect("/seller/login?reset=1")
  await setSellerToken(login.token)
  redirect("/seller")
}
