"use client"

import { useActionState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { loginSeller } from "@/lib/data/seller-auth-actions"
import { FieldErrorsSummary, FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { TextField } from "@/modules/account/components/text-field"

export function SellerLoginForm({ next }: { next: string }) {
  const [state, action] = useActionState(loginSeller, EMPTY_FORM_STATE)
  const errors = state.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="space-y-4" aria-label="판매자센터 로그인">
      <input type="hidden" name="next" value={next} />
      <FormMessage state={state} />
      <FieldErrorsSummary state={state} />
      <TextField name="email" label="이메일" type="email" autoComplete="username" required defaultValue={state.values?.email} error={errors.email} />
      <TextField name="password" label="비밀번호" type="password" autoComplete="current-password" required error={errors.password} />
      <SubmitButton pendingLabel="로그인 중…">로그인</SubmitButton>
    </form>
  )
}
