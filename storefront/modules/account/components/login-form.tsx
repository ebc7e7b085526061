"use client"

import { useActionState } from "react"
import { login } from "@/lib/data/customer-actions"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { FieldErrorsSummary, FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { TextField } from "@/modules/account/components/text-field"

export function LoginForm({ next }: { next: string }) {
  const [state, action] = useActionState(login, EMPTY_FORM_STATE)
  const errors = state.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="space-y-4" aria-label="로그인">
      <input type="hidden" name="next" value={next} />
      <FormMessage state={state} />
      <FieldErrorsSummary state={state} />
      <TextField
        name="email"
        label="이메일"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={errors.email}
      />
      <TextField
        name="password"
        label="비밀번호"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <SubmitButton pendingLabel="로그인 중…">로그인</SubmitButton>
    </form>
  )
}
