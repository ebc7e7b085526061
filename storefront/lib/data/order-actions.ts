"use server"

import { redirect } from "next/navigation"
import { keptValues, type FormState } from "@/lib/data/form-state"
import { rememberOrderAccess } from "@/lib/data/order-access"
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
