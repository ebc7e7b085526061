"use client"

import { useActionState } from "react"
import { EMPTY_FORM_STATE } from "@/lib/data/form-state"
import { uploadSellerLogo } from "@/lib/data/seller-maker-actions"
import { FormMessage } from "@/modules/account/components/form-message"
import { SubmitButton } from "@/modules/account/components/submit-button"
import { InputField } from "@/modules/seller/components/form-fields"

export function MakerLogoForm({ makerName, logoUrl }: { makerName: string; logoUrl: string | null }) {
  const [state, action] = useActionState(uploadSellerLogo, EMPTY_FORM_STATE)
  return (
    <form action={action} noValidate className="space-y-3" aria-label="로고 올리기">
      <FormMessage state={state} />
      {logoUrl ? (
        <img src={logoUrl} alt={`${makerName} 로고`} width={96} height={96} className="size-24 rounded-xl border border-cream-200 object-contain" />
      ) : (
        <p className="text-sm text-ink-500">아직 로고가 없습니다.</p>
      )}
      <InputField id="logo-file" name="file" type="file" accept="image/jpeg,image/png,image/webp" label="로고 파일" hint="JPG, PNG, WebP. 정사각형이 가장 잘 보입니다." required error={state.fieldErrors?.file} />
      <SubmitButton pendingLabel="올리는 중…">로고 올리기</SubmitButton>
    </form>
  )
}
