"use client"

import { useActionState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { inviteSellerMember } from "@/lib/data/seller-member-actions"
import { FieldErrorsSummary, FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { InputField, SelectField } from "@/modules/seller/components/form-fields"

export function InviteMemberForm() {
  const [state, action] = useActionState(inviteSellerMember, EMPTY_FORM_STATE)
  const errors = state.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="space-y-3 rounded-xl border border-cream-200 bg-white p-3" aria-label="구성원 초대">
      <FormMessage state={state} />
      <FieldErrorsSummary state={state} />
      <InputField id="invite-email" name="email" type="email" label="이메일" autoComplete="off" required defaultValue={state.values?.email} error={errors.email} />
      <SelectField key={state.values?.role ?? "staff"} id="invite-role" name="role" label="역할" required defaultValue={state.values?.role ?? "staff"} error={errors.role}>
        <option value="staff">담당자</option>
        <option value="owner">대표</option>
      </SelectField>
      <p className="text-xs text-ink-500">대표는 구성원을 초대하고 삭제할 수 있습니다. 담당자는 상품만 관리합니다.</p>
      <SubmitButton pendingLabel="보내는 중…">초대 메일 보내기</SubmitButton>
    </form>
  )
}
