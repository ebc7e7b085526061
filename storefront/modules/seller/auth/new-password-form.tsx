"use client"

import { useActionState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { resetSellerPassword } from "@/lib/data/seller-auth-actions"
import { FieldErrorsSummary, FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { TextField } from "@/modules/account/components/text-field"

export function NewPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(resetSellerPassword, EMPTY_FORM_STATE)
  const errors = state.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="space-y-4" aria-label="새 비밀번호 설정">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      <FormMessage state={state} />
      <FieldErrorsSummary state={state} />
      <TextField name="email_shown" label="이메일" type="email" value={email} readOnly autoComplete="username" />
      <TextField name="password" label="새 비밀번호" type="password" autoComplete="new-password" required hint="8자 이상" error={errors.password} />
      <TextField name="password_confirm" label="새 비밀번호 확인" type="password" autoComplete="new-password" required error={errors.password_confirm} />
      <SubmitButton pendingLabel="바꾸는 중…">비밀번호 바꾸기</SubmitButton>
    </form>
  )
}
