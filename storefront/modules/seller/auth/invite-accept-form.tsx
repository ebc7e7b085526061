"use client"

import { useActionState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { acceptInvite } from "@/lib/data/seller-auth-actions"
import { FieldErrorsSummary, FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { TextField } from "@/modules/account/components/text-field"

/**
 * 이름 + 비밀번호 (+ 확인). When the API answers that the email already has a 자활장터 account,
 * the form asks for that account's 현재 비밀번호 instead (the same login then opens both).
 */
export function InviteAcceptForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(acceptInvite, EMPTY_FORM_STATE)
  const errors = state.fieldErrors ?? {}
  const existing = state.values?.existing === "1"
  return (
    <form action={action} noValidate className="space-y-4" aria-label="초대 수락">
      <input type="hidden" name="token" value={token} />
      {existing && <input type="hidden" name="existing" value="1" />}
      <FormMessage state={state} />
      <FieldErrorsSummary state={state} />
      <TextField name="email_shown" label="이메일" type="email" value={email} readOnly autoComplete="username" />
      <TextField name="name" label="이름" autoComplete="name" required defaultValue={state.values?.name} error={errors.name} />
      {existing ? (
        <TextField
          key="current"
          name="password"
          label="현재 비밀번호"
          type="password"
          autoComplete="current-password"
          required
          hint="이 이메일로 이미 자활장터 계정이 있습니다. 그 계정의 비밀번호를 입력하면 같은 비밀번호로 판매자센터에도 로그인합니다."
          error={errors.password}
        />
      ) : (
        <>
          <TextField
            key="new"
            name="password"
            label="비밀번호"
            type="password"
            autoComplete="new-password"
            required
            hint="8자 이상"
            error={errors.password}
          />
          <TextField name="password_confirm" label="비밀번호 확인" type="password" autoComplete="new-password" required error={errors.password_confirm} />
        </>
      )}
      <SubmitButton pendingLabel="가입하는 중…">초대 수락하고 시작하기</SubmitButton>
    </form>
  )
}
