"use client"

import { useActionState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { updatePayoutAccount } from "@/lib/data/seller-payout-actions"
import { FieldErrorsSummary, FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { InputField } from "@/modules/seller/components/form-fields"

/** 정산 계좌 변경 (대표): empty fields, never the stored number; the API checks and logs the change. */
export function PayoutAccountForm() {
  const [state, action] = useActionState(updatePayoutAccount, EMPTY_FORM_STATE)
  const values = state.success ? {} : (state.values ?? {})
  const errors = state.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="space-y-3" aria-label="정산 계좌 변경">
      <FormMessage state={state} />
      <FieldErrorsSummary state={state} />
      <InputField id="payout-bank" name="bank" label="은행" required maxLength={30} defaultValue={values.bank ?? ""} error={errors.bank} key={`bank-${state.success ?? ""}`} />
      <InputField
        id="payout-account-number"
        name="account_number"
        label="계좌번호"
        hint="숫자 10~16자리, 하이픈(-) 가능"
        required
        inputMode="numeric"
        autoComplete="off"
        defaultValue={values.account_number ?? ""}
        error={errors.account_number}
        key={`number-${state.success ?? ""}`}
      />
      <InputField id="payout-holder" name="holder" label="예금주" required maxLength={50} defaultValue={values.holder ?? ""} error={errors.holder} key={`holder-${state.success ?? ""}`} />
      <SubmitButton pendingLabel="바꾸는 중…">정산 계좌 저장</SubmitButton>
    </form>
  )
}
