"use client"

import { useActionState } from "react"
import type { SellerMaker } from "@/lib/data/seller-maker"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { updateSellerMaker } from "@/lib/data/seller-maker-actions"
import { FieldErrorsSummary, FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { InputField, NUMBER_INPUT, TextAreaField } from "@/modules/seller/components/form-fields"

const asText = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value))

/** 업체 정보 수정: 소개글, 연락처, 배송비 조건. */
export function MakerProfileForm({ maker }: { maker: SellerMaker }) {
  const [state, action] = useActionState(updateSellerMaker, EMPTY_FORM_STATE)
  const values = state.values ?? {}
  const errors = state.fieldErrors ?? {}
  const pick = (key: keyof SellerMaker) => values[key] ?? asText(maker[key] as string | number | null)
  return (
    <form action={action} noValidate className="space-y-4" aria-label="업체 정보 수정">
      <FormMessage state={state} />
      <FieldErrorsSummary state={state} />
      <TextAreaField
        id="maker-story"
        name="story"
        label="소개글"
        hint="쇼핑몰의 만든 곳 페이지에 보입니다. 빈 줄로 문단을 나눕니다."
        rows={6}
        defaultValue={pick("story")}
        error={errors.story}
      />
      <InputField id="maker-phone" name="phone" type="tel" label="대표 전화" hint="예: 062-367-3027" autoComplete="tel" defaultValue={pick("phone")} error={errors.phone} />
      <InputField id="maker-email" name="email" type="email" label="업체 이메일" autoComplete="email" defaultValue={pick("email")} error={errors.email} />
      <InputField id="maker-address" name="address" label="주소" autoComplete="street-address" maxLength={200} defaultValue={pick("address")} error={errors.address} />
      <div className="grid grid-cols-2 gap-2">
        <InputField
          id="maker-shipping-fee"
          name="shipping_base_fee"
          label="기본 배송비"
          hint="원, 부가세 포함"
          required
          {...NUMBER_INPUT}
          defaultValue={pick("shipping_base_fee")}
          error={errors.shipping_base_fee}
        />
        <InputField
          id="maker-free-shipping"
          name="free_shipping_threshold"
          label="무료배송 기준 금액"
          hint="이 금액 이상 무료, 비우면 없음"
          {...NUMBER_INPUT}
          defaultValue={pick("free_shipping_threshold")}
          error={errors.free_shipping_threshold}
        />
      </div>
      <SubmitButton pendingLabel="저장하는 중…">업체 정보 저장</SubmitButton>
    </form>
  )
}
