"use client"

import { useActionState, useState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { cancelOrderAction } from "@/lib/data/order-actions"
import { FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { TextField } from "@/modules/account/components/text-field"

type OrderCancelProps = {
  orderId: string
  /** a 무통장입금 that was already paid: the refund goes to an account the customer names */
  needsAccount: boolean
}

/**
 * 주문 취소 while nothing shipped: a button, then a confirm step (with the refund account for a
 * paid 무통장입금). The server checks again and answers in Korean if a parcel left meanwhile.
 */
export function OrderCancel({ orderId, needsAccount }: OrderCancelProps) {
  const [open, setOpen] = useState(false)
  const [state, action] = useActionState(cancelOrderAction.bind(null, orderId), EMPTY_FORM_STATE)
  if (state.success) return <FormMessage state={state} />
  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="block w-full rounded-full border border-ink-500 px-6 py-3 text-center font-semibold text-ink-700 hover:bg-cream-100"
      >
        주문 취소
      </button>
    )
  }
  return (
    <form action={action} noValidate className="space-y-3 rounded-xl border border-cream-200 p-4" aria-label="주문 취소">
      <p className="font-semibold text-ink-900">이 주문을 취소할까요?</p>
      <p className="text-sm text-ink-700">
        {needsAccount
          ? "입금하신 금액은 아래 계좌로 돌려드립니다 (영업일 기준 2~3일)."
          : "카드 결제는 카드사를 통해 취소되고, 입금 전 주문은 그대로 취소됩니다."}
      </p>
      <FormMessage state={state} />
      {needsAccount && (
        <>
          <input type="hidden" name="needs_account" value="1" />
          <TextField name="bank" label="은행" required defaultValue={state.values?.bank} autoComplete="off" />
          <TextField name="account_number" label="계좌번호" required inputMode="numeric" hint="숫자와 하이픈(-)만 입력해 주세요."
            defaultValue={state.values?.account_number} autoComplete="off" />
          <TextField name="holder" label="예금주" required defaultValue={state.values?.holder} autoComplete="name" />
        </>
      )}
      <SubmitButton pendingLabel="취소하는 중…">네, 주문을 취소합니다</SubmitButton>
      <button type="button" onClick={() => setOpen(false)} className="block w-full text-sm text-ink-500 underline">
        그만두기
      </button>
    </form>
  )
}
