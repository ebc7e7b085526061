"use client"

import { useActionState } from "react"
import { useFormStatus } from "react-dom"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { confirmParcelAction } from "@/lib/data/order-actions"
import { FormMessage } from "@/modules/account/components/form-message"

function Submit() {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded-full bg-brand-600 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
    >
      {pending ? "처리 중…" : "구매확정"}
    </button>
  )
}

/** 구매확정 of one parcel (server action); the page refreshes with the new status. */
export function ConfirmParcelButton({ orderId, parcelId, makerName }: { orderId: string; parcelId: string; makerName: string }) {
  const [state, action] = useActionState(confirmParcelAction.bind(null, orderId, parcelId), EMPTY_FORM_STATE)
  return (
    <form action={action} className="space-y-2" aria-label={`${makerName} 상품 구매확정`}>
      <FormMessage state={state} />
      <Submit />
    </form>
  )
}
