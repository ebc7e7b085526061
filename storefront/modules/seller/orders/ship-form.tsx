"use client"

import { useActionState } from "react"
import { useFormStatus } from "react-dom"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { shipSellerOrder } from "@/lib/data/seller-order-actions"
import type { CarrierChoice } from "@/lib/data/seller-orders"
import { FormMessage } from "@/modules/account/components/form-message"

function Submit() {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className="min-h-11 rounded-full bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
      {pending ? "처리 중…" : "발송 처리"}
    </button>
  )
}

/** 택배사 and 송장번호 for one parcel. */
export function ShipForm({ orderId, displayId, carriers }: { orderId: string; displayId: number; carriers: CarrierChoice[] }) {
  const [state, action] = useActionState(shipSellerOrder.bind(null, orderId), EMPTY_FORM_STATE)
  const carrierId = `carrier-${orderId}`
  const trackingId = `tracking-${orderId}`
  return (
    <form action={action} className="space-y-2" aria-label={`주문 ${displayId} 발송 처리`}>
      <FormMessage state={state} />
      <input type="hidden" name="display_id" value={displayId} />
      {state.fieldErrors?.carrier && <p className="text-sm text-brand-700">{state.fieldErrors.carrier}</p>}
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor={carrierId} className="flex flex-col text-sm">
          택배사
          <select id={carrierId} name="carrier" defaultValue={state.values?.carrier ?? "cj"} className="min-h-11 rounded-lg border border-cream-200 px-2">
            {carriers.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={trackingId} className="flex flex-col text-sm">
          송장번호
          <input
            id={trackingId}
            name="tracking_number"
            inputMode="numeric"
            maxLength={40}
            defaultValue={state.values?.tracking_number}
            placeholder="숫자만 (직접배송은 비워 두세요)"
            className="min-h-11 rounded-lg border border-cream-200 px-2"
          />
        </label>
        <Submit />
      </div>
    </form>
  )
}
