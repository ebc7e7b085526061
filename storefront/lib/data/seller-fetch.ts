import "server-only"
import { redirect } from "next/navigation"
import type { FormState } from "@/lib/data/form-state"
import { backendUrl, getSdk } from "@/lib/sdk"
import { getSellerToken } from "@/lib/data/seller-cookie"

type Method = "GET" | "POST" | "DELETE"

export type SellerFetchInit = {
  method?: Method
  query?: Record<string, unknown>
  body?: Record<string, unknown>
  /** a token other than the session's (e.g. a password-reset token) */
  token?: string | null
  /** the route answers without a JSON body (Medusa's reset-password: a bare 201) */
  noJson?: boolean
}

/** The HTTP status of an SDK error (FetchError carries it), if any. */
export function statusOf(error: unknown): number | undefined {
  return typeof error === "object" && error !== null && "status" in error && typeof error.status === "number"
    ? error.status
    : undefined
}

/** The backend's message of an SDK error: our API words every 4xx in Korean. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : ""
}

/**
 * Calls a seller (or seller auth) route from this server with the session's token as Bearer.
 * Never cached: every answer belongs to one seller.
 */
export async function sellerFetch<T>(path: string, init: SellerFetchInit = {}): Promise<T> {
  const token = init.token === undefined ? await getSellerToken() : init.token
  return getSdk().client.fetch<T>(path, {
    method: init.method ?? "GET",
    query: init.query,
    body: init.body,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.noJson ? { accept: "*/*" } : {}) },
    cache: "no-store",
  })
}

/** An error of an upload, shaped like the SDK's (status + the backend's message). */
class SellerUploadError extends Error {
  constructor(message: string, readonly status: number) {
    super(message)
  }
}

/**
 * A multipart POST (image and logo uploads): the SDK would encode the body as JSON, so this
 * goes through fetch itself, to the same backend, with the session's token.
 */
export async function sellerUpload<T>(path: string, form: FormData): Promise<T> {
  const token = await getSellerToken()
  const res = await fetch(new URL(path, backendUrl()), {
    method: "POST",
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    cache: "no-store",
  })
  const data = (await res.json().catch(() => ({}))) as { message?: unknown }
  if (!res.ok) throw new SellerUploadError(typeof data.message === "string" ? data.message : res.statusText, res.status)
  return data as T
}

/** What 판매자센터 forms say when the backend gave no Korean reason (a 5xx, the network). */
export const SELLER_TRY_AGAIN = "잠시 후 다시 시도해 주세요. 문제가 계속되면 자활센터로 연락해 주세요."

/** A failed seller API call as form state: no session → login; a Korean 4xx as it is, else try again. */
export function sellerFormError(error: unknown, values?: Record<string, string>): FormState {
  const status = statusOf(error)
  if (status === 401) redirect("/seller/login")
  const message = messageOf(error)
  return { error: status !== undefined && status < 500 && /[가-힣]/.test(message) ? message : SELLER_TRY_AGAIN, values }
}
