"use client"

import { useActionState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { lookupOrderAction } from "@/lib/data/order-actions"
import { FieldErrorsSummary, FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { TextField } from "@/modules/account/components/text-field"

/** 비회원 주문조회: 주문번호 and the email or mobile number given at checkout. */
export function OrderLookupForm() {
  const [state, action] = useActionState(lookupOrderAction, EMPTY_FORM_STATE)
  const errors = state.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="space-y-4" aria-label="비회원 주문조회">
      <FormMessage state={state} />
      <FieldErrorsSummary state={state} />
      <TextField
        name="order_number"
        label="주문번호"
        inputMode="numeric"
        autoComplete="off"
        required
        hint="주문 완료 화면과 안내 메일에 있는 번호입니다."
        defaultValue={state.values?.order_number}
        error={errors.order_number}
      />
      <TextField
        name="contact"
        label="이메일 또는 휴대폰 번호"
        autoComplete="email"
        required
        hint="주문할 때 입력한 이메일 주소나 휴대폰 번호(010-1234-5678)를 입력해 주세요."
        defaultValue={state.values?.contact}
        error={errors.contact}
      />
      <SubmitButton pendingLabel="조회 중…">주문 조회하기</SubmitButton>
    </form>
  )
}
