"use client"

import { useActionState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { requestSellerPasswordReset } from "@/lib/data/seller-auth-actions"
import { FieldErrorsSummary, FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { TextField } from "@/modules/account/components/text-field"

export function ResetRequestForm() {
  const [state, action] = useActionState(requestSellerPasswordReset, EMPTY_FORM_STATE)
  return (
    <form action={action} noValidate className="space-y-4" aria-label="비밀번호 재설정 요청">
      <FormMessage state={state} />
      <FieldErrorsSummary state={state} />
      <TextField name="email" label="이메일" type="email" autoComplete="username" required defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <SubmitButton pendingLabel="보내는 중…">재설정 메일 받기</SubmitButton>
    </form>
  )
}
