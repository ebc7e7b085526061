"use server"

import { refresh, revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getSdk } from "@/lib/sdk"
import {
  authHeaders,
  forgetCart,
  getAuthToken,
  getCartIdCookie,
  removeAuthToken,
  setAuthToken,
} from "@/lib/data/auth-cookie"
import { keptValues, type FormState } from "@/lib/data/form-state"
import { checkAddress, checkLogin, checkSignup, safeNextPath } from "@/lib/util/account-forms"

const WRONG_CREDENTIALS = "이메일 또는 비밀번호가 올바르지 않습니다."
const ALREADY_REGISTERED = "이미 가입된 이메일입니다. 로그인해 주세요."
const TRY_AGAIN = "잠시 후 다시 시도해 주세요. 문제가 계속되면 고객센터로 연락해 주세요."

function statusOf(error: unknown): number | undefined {
  return typeof error === "object" && error !== null && "status" in error && typeof error.status === "number"
    ? error.status
    : undefined
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : ""
}

async function postJson<T>(path: string, body: Record<string, unknown>, token?: string): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    method: "POST",
    body,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    cache: "no-store",
  })
}

/** Logs in with email and password; the token, or null when they do not match. */
async function emailpassLogin(email: string, password: string): Promise<string | null> {
  try {
    const { token } = await postJson<{ token: string }>("/auth/customer/emailpass", { email, password })
    return token
  } catch (error) {
    if (statusOf(error) === 401) return null
    throw error
  }
}

/** A cart filled as a guest becomes the customer's cart (so checkout knows who orders). */
async function attachGuestCart(token: string): Promise<void> {
  const cartId = await getCartIdCookie()
  if (!cartId) return
  try {
    await postJson(`/store/carts/${encodeURIComponent(cartId)}/customer`, {}, token)
  } catch {
    // A completed or foreign cart cannot be taken over; logging in must still succeed.
  }
}

async function startSession(token: string): Promise<void> {
  await setAuthToken(token)
  await attachGuestCart(token)
  // the visitor's own pages are rendered per request and the header's islands read the login
  // again on the next address: nothing cached to drop (revalidatePath("/", "layout") here threw
  // away every cached catalog page on each login)
  refresh()
}

/** 회원가입: auth identity, then the customer (name in first_name, per our convention), then a session. */
export async function signup(_state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const checked = checkSignup(Object.fromEntries(formData))
  if (!checked.ok) return { fieldErrors: checked.errors, values }
  const { email, password, name, phone } = checked.values

  let registrationToken: string
  try {
    registrationToken = (await postJson<{ token: string }>("/auth/customer/emailpass/register", { email, password })).token
  } catch (error) {
    if (statusOf(error) !== 401 || !/exist/i.test(messageOf(error))) return { error: TRY_AGAIN, values }
    // The identity may exist from a sign-up that stopped before the customer was created:
    // with the same password, finish it; otherwise the email is taken.
    const token = await emailpassLogin(email, password)
    if (!token) return { fieldErrors: { email: ALREADY_REGISTERED }, values }
    registrationToken = token
  }

  try {
    await postJson("/store/customers", { email, first_name: name, last_name: "", phone }, registrationToken)
  } catch (error) {
    if (/already has an account|이미 가입된/i.test(messageOf(error))) return { fieldErrors: { email: ALREADY_REGISTERED }, values }
    return { error: TRY_AGAIN, values }
  }

  const token = await emailpassLogin(email, password)
  if (!token) return { error: TRY_AGAIN, values }
  await startSession(token)
  redirect(safeNextPath(formData.get("next")))
}

export async function login(_state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const checked = checkLogin(Object.fromEntries(formData))
  if (!checked.ok) return { fieldErrors: checked.errors, values }
  let token: string | null
  try {
    token = await emailpassLogin(checked.values.email, checked.values.password)
  } catch {
    return { error: TRY_AGAIN, values }
  }
  if (!token) return { error: WRONG_CREDENTIALS, values }
  await startSession(token)
  redirect(safeNextPath(formData.get("next")))
}

export async function logout(): Promise<void> {
  await removeAuthToken()
  await forgetCart()
  refresh()
  redirect("/")
}

async function requireToken(): Promise<string> {
  const token = await getAuthToken()
  if (!token) redirect("/account/login?next=/account/addresses")
  return token
}

function addressErrorState(error: unknown, values: Record<string, string>): FormState {
  if (statusOf(error) === 401) redirect("/account/login?next=/account/addresses")
  // The API checks phone and postal code too and answers 400 with a Korean message.
  if (statusOf(error) === 400 && messageOf(error)) return { error: messageOf(error), values }
  return { error: TRY_AGAIN, values }
}

export async function addAddress(_state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const checked = checkAddress(Object.fromEntries(formData))
  if (!checked.ok) return { fieldErrors: checked.errors, values }
  await requireToken()
  try {
    await getSdk().client.fetch("/store/customers/me/addresses", {
      method: "POST",
      body: checked.values,
      headers: await authHeaders(),
      cache: "no-store",
    })
  } catch (error) {
    return addressErrorState(error, values)
  }
  revalidatePath("/account", "layout")
  redirect("/account/addresses")
}

export async function updateAddress(_state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const id = String(formData.get("address_id") ?? "")
  const checked = checkAddress(Object.fromEntries(formData))
  if (!checked.ok) return { fieldErrors: checked.errors, values }
  await requireToken()
  try {
    await getSdk().client.fetch(`/store/customers/me/addresses/${encodeURIComponent(id)}`, {
      method: "POST",
      body: checked.values,
      headers: await authHeaders(),
      cache: "no-store",
    })
  } catch (error) {
    return addressErrorState(error, values)
  }
  revalidatePath("/account", "layout")
  redirect("/account/addresses")
}

export async function deleteAddress(formData: FormData): Promise<void> {
  const id = String(formData.get("address_id") ?? "")
  await requireToken()
  await getSdk().client.fetch(`/store/customers/me/addresses/${encodeURIComponent(id)}`, {
    method: "DELETE",
    headers: await authHeaders(),
    cache: "no-store",
  })
  revalidatePath("/account", "layout")
}

export async function setDefaultAddress(formData: FormData): Promise<void> {
  const id = String(formData.get("address_id") ?? "")
  await requireToken()
  await getSdk().client.fetch(`/store/customers/me/addresses/${encodeURIComponent(id)}`, {
    method: "POST",
    body: { is_default_shipping: true },
    headers: await authHeaders(),
    cache: "no-store",
  })
  revalidatePath("/account", "layout")
}
