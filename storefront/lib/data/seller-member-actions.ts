"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { keptValues, type FormState } from "@/lib/data/form-state"
import { messageOf, sellerFetch, statusOf, SELLER_TRY_AGAIN } from "@/lib/data/seller-fetch"
import { checkMemberInvite, isKorean } from "@/lib/util/seller-forms"

const TRY_AGAIN = SELLER_TRY_AGAIN

function errorState(error: unknown, values?: Record<string, string>): FormState {
  const status = statusOf(error)
  if (status === 401) redirect("/seller/login")
  const message = messageOf(error)
  if (status !== undefined && status < 500 && isKorean(message)) {
    // the invite form's only typed field is the email: a message about it belongs there
    return /이메일|회원/.test(message) && values ? { fieldErrors: { email: message }, values } : { error: message, values }
  }
  return { error: TRY_AGAIN, values }
}

/** 대표 only (the API answers 403 otherwise): the mail with the invite link goes out. */
export async function inviteSellerMember(_state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const checked = checkMemberInvite(Object.fromEntries(formData))
  if (!checked.ok) return { fieldErrors: checked.errors, values }
  try {
    await sellerFetch("/seller/members", { method: "POST", body: checked.values })
  } catch (error) {
    return errorState(error, values)
  }
  revalidatePath("/seller/members")
  return { success: `${checked.values.email}(으)로 초대 메일을 보냈습니다. 링크는 7일 동안 유효합니다.` }
}

export async function removeSellerMember(_state: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("member_id") ?? "")
  try {
    await sellerFetch(`/seller/members/${encodeURIComponent(id)}`, { method: "DELETE" })
  } catch (error) {
    return errorState(error)
  }
  revalidatePath("/seller/members")
  return { success: "구성원을 삭제했습니다." }
}

export async function withdrawSellerInvite(_state: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("invite_id") ?? "")
  try {
    await sellerFetch(`/seller/invites/${encodeURIComponent(id)}`, { method: "DELETE" })
  } catch (error) {
    return errorState(error)
  }
  revalidatePath("/seller/members")
  return { success: "초대를 취소했습니다." }
}
