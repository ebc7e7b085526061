"use client"

import { BANK_TRANSFER_PROVIDER, STRIPE_PROVIDER, type PaymentProviderId } from "@/lib/util/checkout-form"

const LABELS: Record<PaymentProviderId, { title: string; detail: string }> = {
  [BANK_TRANSFER_PROVIDER]: {
    title: "무통장입금",
    detail: "주문 후 안내되는 계좌로 입금 기한 안에 입금해 주세요. 기한이 지나면 주문이 자동으로 취소됩니다.",
  },
  [STRIPE_PROVIDER]: {
    title: "신용·체크카드",
    detail: "다음 단계에서 카드 정보를 입력합니다. 결제는 Stripe를 통해 안전하게 처리됩니다.",
  },
}

type PaymentMethodFieldProps = {
  offered: PaymentProviderId[]
  value: string
  error?: string
  disabled?: boolean
  onChange: (provider: PaymentProviderId) => void
}

export function PaymentMethodField({ offered, value, error, disabled, onChange }: PaymentMethodFieldProps) {
  if (offered.length === 0) {
    return (
      <p role="alert" className="rounded-lg bg-brand-50 p-4 font-semibold text-brand-700">
        지금은 결제할 수 있는 방법이 없습니다. 고객센터로 연락해 주세요.
      </p>
    )
  }
  return (
    <fieldset className="space-y-2" aria-describedby={error ? "field-payment_provider-error" : undefined}>
      <legend className="sr-only">결제수단</legend>
      {offered.map((provider) => (
        <label
          key={provider}
          className="flex cursor-pointer items-start gap-3 rounded-lg border border-cream-200 px-4 py-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
        >
          <input
            type="radio"
            name="payment_provider"
            value={provider}
            checked={value === provider}
            disabled={disabled}
            onChange={() => onChange(provider)}
            className="mt-1 size-4 accent-brand-600"
          />
          <span>
            <span className="font-semibold">{LABELS[provider].title}</span>
            <span className="block text-sm text-ink-700">{LABELS[provider].detail}</span>
          </span>
        </label>
      ))}
      {error && (
        <p id="field-payment_provider-error" className="text-sm font-semibold text-brand-700">
          {error}
        </p>
      )}
    </fieldset>
  )
}
