"use server"

import { redirect } from "next/navigation"
import { keptValues, type FormState } from "@/lib/data/form-state"
import { lookupOrder } from "@/lib/data/orders"
import { checkOrderLookup } from "@/lib/util/account-forms"

/** 비회원 주문조회: on a match, go to the order page carrying its access token. */
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
  const { order, access_token } = result.found
  redirect(`/orders/${encodeURIComponent(order.id)}?token=${encodeURIComponent(access_token)}`)
}
