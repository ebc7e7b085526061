"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getSdk } from "@/lib/sdk"
import { authHeaders } from "@/lib/data/auth-cookie"
import { keptValues, type FormState } from "@/lib/data/form-state"
import { orderAccessToken, rememberOrderAccess } from "@/lib/data/order-access"
import { lookupOrder } from "@/lib/data/orders"
import { checkOrderLookup } from "@/lib/util/account-forms"

/** 비회원 주문조회: on a match, keep the order's token in its cookie and go to the order page. */
export async function lookupOrderAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const checked = checkOrderLookup(Object.fromEntries(formData))
  if (!checked.ok) return { fieldErrors: checked.errors, values }
  let result: Awaited<ReturnType<typeof lookupOrder>>
  try {
    result = await lookupOrder(checked.values)
  } catch {
    return { error: "잠시 후 다시 시도해 주세요. 문제가 계속되면 고객센터로 연락해 주세요.", values }
  }
  if ("notFound" in result) return { error: result.notFound, values }
  await rememberOrderAccess(result.found)
  redirect(`/orders/${encodeURIComponent(result.found.order.id)}`)
}

/**
 * 구매확정 of one parcel, with the order's token from its cookie or the customer's login (the
 * ids come from the page; the backend checks both belong to what this visitor may see).
 */
export async function confirmParcelAction(orderId: string, parcelId: string, _state: FormState): Promise<FormState> {
  const token = await orderAccessToken(orderId)
  try {
    await getSdk().client.fetch(`/store/orders/${encodeURIComponent(orderId)}/parcels/${encodeURIComponent(parcelId)}/confirm`, {
      method: "POST",
      headers: token ? { "x-order-token": token } : await authHeaders(),
      cache: "no-store",
    })
  } catch (error) {
    const message = error instanceof Error && /[가-힣]/.test(error.message) ? error.message : ""
    return { error: message || "구매확정을 하지 못했습니다. 잠시 후 다시 시도해 주세요." }
  }
  revalidatePath(`/orders/${orderId}`)
  revalidatePath(`/account/orders/${orderId}`)
  return { success: "구매확정되었습니다. 감사합니다." }
}
