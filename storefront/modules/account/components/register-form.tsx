"use client"

import { useActionState } from "react"
import { signup } from "@/lib/data/customer-actions"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { PASSWORD_MIN_LENGTH } from "@/lib/util/account-forms"
import { FieldErrorsSummary, FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { TextField } from "@/modules/account/components/text-field"

export function RegisterForm({ next }: { next: string }) {
  const [state, action] = useActionState(signup, EMPTY_FORM_STATE)
  const errors = state.fieldErrors ?? {}
  const values = state.values ?? {}
  return (
    <form action={action} noValidate className="space-y-4" aria-label="회원가입">
      <input type="hidden" name="next" value={next} />
      <FormMessage state={state} />
      <FieldErrorsSummary state={state} />
      <TextField name="email" label="이메일" type="email" autoComplete="email" required defaultValue={values.email} error={errors.email} />
      <TextField
        name="password"
        label="비밀번호"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`${PASSWORD_MIN_LENGTH}자 이상으로 입력해 주세요.`}
        error={errors.password}
      />
      <TextField
        name="password_confirm"
        label="비밀번호 확인"
        type="password"
        autoComplete="new-password"
        required
        error={errors.password_confirm}
      />
      <TextField name="name" label="이름" autoComplete="name" required defaultValue={values.name} error={errors.name} />
      <TextField
        name="phone"
        label="휴대폰 번호"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        placeholder="010-1234-5678"
        required
        defaultValue={values.phone}
        error={errors.phone}
      />
      <div className="space-y-1">
        <div className="flex items-start gap-2">
          <input
            id="field-agree"
            name="agree"
            type="checkbox"
            required
            defaultChecked={values.agree === "on"}
            aria-invalid={errors.agree ? true : undefined}
            aria-describedby={errors.agree ? "field-agree-error" : undefined}
            className="mt-1 size-4"
          />
          <label htmlFor="field-agree" className="text-sm text-ink-700">
            이용약관 및 개인정보 수집·이용(이메일, 이름, 휴대폰 번호: 주문·배송 안내 목적, 탈퇴 시까지 보관)에 동의합니다.
            <span className="ml-1 text-brand-600">(필수)</span>
          </label>
        </div>
        {errors.agree && (
          <p id="field-agree-error" className="text-sm font-semibold text-brand-700">
            {errors.agree}
          </p>
        )}
      </div>
      <SubmitButton pendingLabel="가입 중…">가입하기</SubmitButton>
    </form>
  )
}
