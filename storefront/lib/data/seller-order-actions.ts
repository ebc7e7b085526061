"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import type { FormState } from "@/lib/data/form-state"
import { getSellerToken } from "@/lib/data/seller-cookie"
import { messageOf, sellerFetch, statusOf, SELLER_TRY_AGAIN, sellerFormError } from "@/lib/data/seller-fetch"
import { backendUrl } from "@/lib/sdk"

const TRY_AGAIN = SELLER_TRY_AGAIN

const errorState = sellerFormError

/** 발송 처리 of one parcel: carrier and 송장번호 (the backend checks both and the order). */
export async function shipSellerOrder(orderId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const carrier = String(formData.get("carrier") ?? "")
  const tracking_number = String(formData.get("tracking_number") ?? "").trim()
  const values = { carrier, tracking_number }
  if (!carrier) return { fieldErrors: { carrier: "택배사를 골라 주세요." }, values }
  try {
    await sellerFetch(`/seller/orders/${encodeURIComponent(orderId)}/ship`, { method: "POST", body: { carrier, tracking_number: tracking_number || null } })
  } catch (error) {
    return errorState(error, values)
  }
  revalidatePath("/seller/orders")
  // the shipped order leaves 발송 대기 at once, taking its form (and a message in it) along: the
  // list says it instead. The number is only for that sentence (digits only, see the page).
  const displayId = String(formData.get("display_id") ?? "").replace(/\D/g, "").slice(0, 12)
  redirect(`/seller/orders?status=awaiting&shipped=${displayId || "1"}`)
}

export type BulkShipState = FormState & { errors?: { row: number; message: string }[]; applied?: number }

/** 송장 일괄 등록: the CSV file as it is; any bad row and nothing is applied (the rows come back). */
export async function bulkShipSellerOrders(_state: BulkShipState, formData: FormData): Promise<BulkShipState> {
  const file = formData.get("file")
  if (!(file instanceof File) || file.size === 0) return { error: "CSV 파일을 골라 주세요." }
  if (file.size > 1024 * 1024) return { error: "CSV가 너무 큽니다. 500행 이하로 나눠 올려 주세요." }
  const csv = await file.text()
  // plain fetch: the SDK's error keeps the message but drops the per-row report
  const token = await getSellerToken()
  let res: Response
  try {
    res = await fetch(new URL("/seller/orders/bulk-ship", backendUrl()), {
      method: "POST",
      body: JSON.stringify({ csv }),
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      cache: "no-store",
    })
  } catch {
    return { error: TRY_AGAIN }
  }
  if (res.status === 401) redirect("/seller/login")
  const data = (await res.json().catch(() => ({}))) as { applied?: number; message?: unknown; errors?: { row: number; message: string }[] }
  if (!res.ok) {
    const message = typeof data.message === "string" && res.status < 500 && /[가-힣]/.test(data.message) ? data.message : TRY_AGAIN
    return { error: message, errors: data.errors ?? [] }
  }
  revalidatePath("/seller/orders")
  return { success: `${data.applied ?? 0}건을 발송 처리했습니다. 고객에게 발송 안내가 나갑니다.`, applied: data.applied }
}
