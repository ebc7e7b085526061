"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { keptValues, type FormState } from "@/lib/data/form-state"
import { messageOf, sellerFetch, statusOf, SELLER_TRY_AGAIN } from "@/lib/data/seller-fetch"
import { isKorean } from "@/lib/util/seller-forms"
import { checkPayoutAccount, payoutFieldOfApiMessage } from "@/lib/util/seller-settlements"

const TRY_AGAIN = SELLER_TRY_AGAIN

/**
 * 정산 계좌 변경 (대표 only; the API answers 403 otherwise and logs every change). The form is
 * never refilled with the account number after success: the page shows it masked.
 */
export async function updatePayoutAccount(_state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const checked = checkPayoutAccount(Object.fromEntries(formData))
  if (!checked.ok) return { fieldErrors: checked.errors, values }
  try {
    await sellerFetch("/seller/payout-account", { method: "POST", body: checked.values })
  } catch (error) {
    const status = statusOf(error)
    if (status === 401) redirect("/seller/login?next=%2Fseller%2Fsettlements")
    const message = messageOf(error)
    if (status !== undefined && status < 500 && isKorean(message)) {
      const field = payoutFieldOfApiMessage(message)
      return field ? { fieldErrors: { [field]: message }, values } : { error: message, values }
    }
    return { error: TRY_AGAIN, values }
  }
  revalidatePath("/seller/settlements")
  return { success: "정산 계좌를 바꿨습니다. 다음에 확정되는 명세서부터 이 계좌로 지급됩니다." }
}
