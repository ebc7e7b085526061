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

/**
 * 주문 취소 (before shipment), with the guest's token from its cookie or the customer's login.
 * A paid 무통장입금 sends the refund account the form asked for. The backend decides whether
 * the order can still be canceled; its Korean message is shown as it comes.
 */
export async function cancelOrderAction(orderId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const withAccount = formData.get("needs_account") === "1"
  const refund_account = withAccount
    ? {
        bank: String(formData.get("bank") ?? "").trim(),
        account_number: String(formData.get("account_number") ?? "").trim(),
        holder: String(formData.get("holder") ?? "").trim(),
      }
    : undefined
  if (refund_account && (!refund_account.bank || !refund_account.account_number || !refund_account.holder)) {
    return { error: "환불받으실 은행, 계좌번호, 예금주를 모두 입력해 주세요.", values }
  }
  const token = await orderAccessToken(orderId)
  try {
    await getSdk().client.fetch(`/store/orders/${encodeURIComponent(orderId)}/cancel`, {
      method: "POST",
      body: refund_account ? { refund_account } : {},
      headers: token ? { "x-order-token": token } : await authHeaders(),
      cache: "no-store",
    })
  } catch (error) {
    const message = error instanceof Error && /[가-힣]/.test(error.message) ? error.message : ""
    return { error: message || "주문을 취소하지 못했습니다. 잠시 후 다시 시도해 주세요.", values }
  }
  revalidatePath(`/orders/${encodeURIComponent(orderId)}`)
  revalidatePath(`/account/orders/${encodeURIComponent(orderId)}`)
  return { success: refund_account ? "주문을 취소했습니다. 입력하신 계좌로 환불해 드립니다." : "주문을 취소했습니다." }
}
