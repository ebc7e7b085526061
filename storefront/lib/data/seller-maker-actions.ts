"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { keptValues, type FormState } from "@/lib/data/form-state"
import { messageOf, sellerFetch, sellerUpload, statusOf, SELLER_TRY_AGAIN } from "@/lib/data/seller-fetch"
import { checkMakerProfile, profileFieldOfApiMessage } from "@/lib/util/seller-profile-form"
import { isKorean } from "@/lib/util/seller-forms"

const TRY_AGAIN = SELLER_TRY_AGAIN

function errorState(error: unknown, values: Record<string, string> | undefined, fieldOf: (m: string) => string | undefined): FormState {
  const status = statusOf(error)
  if (status === 401) redirect("/seller/login")
  const message = messageOf(error)
  if (status !== undefined && status < 500 && isKorean(message)) {
    const field = fieldOf(message)
    return field ? { fieldErrors: { [field]: message }, values } : { error: message, values }
  }
  return { error: TRY_AGAIN, values }
}

/** 업체 정보 저장: the shop's maker page and the shipping fee use it from the next order on. */
export async function updateSellerMaker(_state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const checked = checkMakerProfile(Object.fromEntries(formData))
  if (!checked.ok) return { fieldErrors: checked.errors, values }
  try {
    await sellerFetch("/seller/maker", { method: "POST", body: checked.values })
  } catch (error) {
    return errorState(error, values, profileFieldOfApiMessage)
  }
  revalidatePath("/seller", "layout")
  return { success: "업체 정보를 저장했습니다.", values }
}

/** 로고 올리기 (multipart `file`): the server checks the bytes and resizes. */
export async function uploadSellerLogo(_state: FormState, formData: FormData): Promise<FormState> {
  const file = formData.get("file")
  if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: "올릴 로고 파일을 고르세요." } }
  const upload = new FormData()
  upload.set("file", file, file.name)
  try {
    await sellerUpload("/seller/maker/logo", upload)
  } catch (error) {
    return errorState(error, undefined, () => "file")
  }
  revalidatePath("/seller/profile")
  return { success: "로고를 바꿨습니다." }
}
