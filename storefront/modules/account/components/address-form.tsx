"use client"

import { useActionState } from "react"
import { addAddress, updateAddress } from "@/lib/data/customer-actions"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { FieldErrorsSummary, FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { TextField } from "@/modules/account/components/text-field"

export type AddressFormValues = {
  id?: string
  address_name?: string
  recipient?: string
  phone?: string
  postal_code?: string
  address_1?: string
  address_2?: string
  is_default_shipping?: boolean
}

/** 배송지 추가/수정 in Korean order: 받는 분, 연락처, 우편번호, 기본주소, 상세주소. */
export function AddressForm({ address }: { address?: AddressFormValues }) {
  const editing = Boolean(address?.id)
  const [state, action] = useActionState(editing ? updateAddress : addAddress, EMPTY_FORM_STATE)
  const errors = state.fieldErrors ?? {}
  const typed = state.values
  const value = (key: keyof Omit<AddressFormValues, "id" | "is_default_shipping">) => typed?.[key] ?? address?.[key] ?? ""
  const isDefault = typed ? typed.is_default_shipping === "on" : Boolean(address?.is_default_shipping)
  return (
    <form action={action} noValidate className="space-y-4" aria-label={editing ? "배송지 수정" : "새 배송지"}>
      {editing && <input type="hidden" name="address_id" value={address?.id} />}
      <FormMessage state={state} />
      <FieldErrorsSummary state={state} />
      <TextField name="address_name" label="배송지 이름" placeholder="집, 회사" defaultValue={value("address_name")} error={errors.address_name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="recipient" label="받는 분" autoComplete="name" required defaultValue={value("recipient")} error={errors.recipient} />
        <TextField
          name="phone"
          label="연락처"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          placeholder="010-1234-5678"
          required
          defaultValue={value("phone")}
          error={errors.phone}
        />
      </div>
      <TextField
        name="postal_code"
        label="우편번호"
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={5}
        placeholder="12345"
        hint="숫자 5자리"
        required
        defaultValue={value("postal_code")}
        error={errors.postal_code}
        className="max-w-40"
      />
      <TextField
        name="address_1"
        label="기본주소"
        autoComplete="address-line1"
        placeholder="도로명 주소 (예: 서울특별시 성동구 왕십리로 115)"
        required
        defaultValue={value("address_1")}
        error={errors.address_1}
      />
      <TextField
        name="address_2"
        label="상세주소"
        autoComplete="address-line2"
        placeholder="동·호수 등"
        defaultValue={value("address_2")}
        error={errors.address_2}
      />
      <div className="flex items-center gap-2">
        <input id="field-is_default_shipping" name="is_default_shipping" type="checkbox" defaultChecked={isDefault} className="size-4" />
        <label htmlFor="field-is_default_shipping" className="text-sm text-ink-700">
          기본 배송지로 설정
        </label>
      </div>
      <SubmitButton pendingLabel="저장 중…">{editing ? "배송지 수정" : "배송지 저장"}</SubmitButton>
    </form>
  )
}
