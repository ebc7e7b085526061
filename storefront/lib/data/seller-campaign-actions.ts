"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { keptValues, type FormState } from "@/lib/data/form-state"
import { messageOf, sellerFetch, statusOf, SELLER_TRY_AGAIN, sellerFormError } from "@/lib/data/seller-fetch"
import { readProposalForm } from "@/lib/util/seller-campaigns"

const TRY_AGAIN = SELLER_TRY_AGAIN

const errorState = sellerFormError

/** 참여 신청 of one own product with its discount; the backend checks the call, the product and the discount. */
export async function proposeCampaignItem(campaignId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = keptValues(formData)
  const read = readProposalForm(formData)
  if (!read.ok) return { fieldErrors: read.errors, values }
  try {
    await sellerFetch(`/seller/campaigns/${encodeURIComponent(campaignId)}/proposals`, { method: "POST", body: { items: [read.item] } })
  } catch (error) {
    return errorState(error, values)
  }
  revalidatePath(`/seller/campaigns/${campaignId}`)
  revalidatePath("/seller/campaigns")
  return { success: "신청했습니다. 자활센터가 검토한 뒤 승인하거나 거절합니다." }
}

/** 신청 취소 of an own proposal not yet decided. */
export async function withdrawCampaignProposal(campaignId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const itemId = String(formData.get("item_id") ?? "")
  try {
    await sellerFetch(`/seller/campaigns/${encodeURIComponent(campaignId)}/proposals/${encodeURIComponent(itemId)}`, { method: "DELETE" })
  } catch (error) {
    return errorState(error)
  }
  revalidatePath(`/seller/campaigns/${campaignId}`)
  revalidatePath("/seller/campaigns")
  return { success: "신청을 취소했습니다." }
}
