"use client"

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react"
import { placeOrder, type CheckoutState } from "@/lib/data/checkout-actions"
import {
  BANK_TRANSFER_PROVIDER,
  checkCheckoutForm,
  STRIPE_PROVIDER,
  type CheckoutErrors,
  type CheckoutField,
  type PaymentProviderId,
} from "@/lib/util/checkout-form"
import { TextField } from "@/modules/account/components/text-field"
import { CardPaymentStep } from "@/modules/checkout/components/card-payment-step"
import { CheckoutSection } from "@/modules/checkout/components/checkout-section"
import { DeliveryNoteField } from "@/modules/checkout/components/delivery-note-field"
import { GiftFields } from "@/modules/checkout/components/gift-fields"
import { PaymentMethodField } from "@/modules/checkout/components/payment-method-field"
import { SavedAddressPicker, type SavedAddress } from "@/modules/checkout/components/saved-address-picker"

/** The form's fields by name, as strings (checkboxes are "on" or ""). */
export type CheckoutValuesInput = {
  orderer_name: string
  email: string
  orderer_phone: string
  recipient_name: string
  recipient_phone: string
  postal_code: string
  address_1: string
  address_2: string
  delivery_note_choice: string
  delivery_note: string
  is_gift: string
  gift_sender_name: string
  gift_message: string
  payment_provider: string
  agree: string
}

type CheckoutFormProps = {
  initial: CheckoutValuesInput
  savedAddresses: SavedAddress[]
  offered: PaymentProviderId[]
  /** 배송: each maker's parcel and fee (rendered on the server) */
  shipping: ReactNode
  /** 주문 확인: the amounts (rendered on the server) */
  review: ReactNode
  /** Stripe's publishable key when cards are offered */
  stripeKey: string | null
}

/** Fields in the order they appear, so the first wrong one gets the focus. */
const FIELD_ORDER: CheckoutField[] = [
  "orderer_name",
  "email",
  "orderer_phone",
  "recipient_name",
  "recipient_phone",
  "postal_code",
  "address_1",
  "address_2",
  "delivery_note",
  "gift_sender_name",
  "gift_message",
  "payment_provider",
  "agree",
]

const INITIAL_STATE: CheckoutState = { status: "idle" }

export function CheckoutForm({ initial, savedAddresses, offered, shipping, review, stripeKey }: CheckoutFormProps) {
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<CheckoutErrors>({})
  const [state, dispatch, pending] = useActionState(placeOrder, INITIAL_STATE)
  const [summary, setSummary] = useState<string | null>(null)
  const sending = useRef(false)

  // the server's answer: its field errors (the same checks) or the API's Korean message
  useEffect(() => {
    sending.current = false
    if (state.status === "invalid") {
      setErrors(state.errors)
      setSummary(state.message)
      focusFirst(state.errors)
    } else if (state.status === "error") {
      setSummary(state.message)
    }
  }, [state])

  const set = (field: keyof CheckoutValuesInput, value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
  }

  /** Checks one field when the customer leaves it (and clears its error once fixed). */
  const checkField = (field: CheckoutField, next = values) => {
    const result = checkCheckoutForm(next, offered)
    const message = result.ok ? undefined : result.errors[field]
    setErrors((current) => {
      const { [field]: _old, ...rest } = current
      return message ? { ...rest, [field]: message } : rest
    })
  }

  const text = (field: CheckoutField & keyof CheckoutValuesInput) => ({
    name: field,
    value: values[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
    onBlur: () => checkField(field),
  })

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (pending || sending.current) return
    const result = checkCheckoutForm(values, offered)
    if (!result.ok) {
      setErrors(result.errors)
      setSummary(`입력한 내용을 다시 확인해 주세요 (${Object.keys(result.errors).length}개 항목).`)
      focusFirst(result.errors)
      return
    }
    setErrors({})
    setSummary(null)
    sending.current = true
    const formData = new FormData()
    for (const [key, value] of Object.entries(values)) formData.set(key, value)
    startTransition(() => dispatch(formData))
  }

  const copyOrderer = () => {
    const next = { ...values, recipient_name: values.orderer_name, recipient_phone: values.orderer_phone }
    setValues(next)
  }

  const payingByCard = state.status === "pay_with_card"
  const locked = pending || payingByCard

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-[1fr_24rem] lg:items-start">
      <div className="space-y-6">
        <CheckoutSection id="checkout-orderer" step={1} title="주문자 정보">
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="이름" required autoComplete="name" maxLength={30} {...text("orderer_name")} />
            <TextField
              label="휴대폰 번호"
              required
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              placeholder="010-1234-5678"
              {...text("orderer_phone")}
            />
            <TextField
              label="이메일"
              required
              type="email"
              inputMode="email"
              autoComplete="email"
              hint="주문 확인 메일과 비회원 주문조회에 쓰입니다."
              className="sm:col-span-2"
              {...text("email")}
            />
          </div>
        </CheckoutSection>

        <CheckoutSection id="checkout-address" step={2} title="배송지">
          <div className="flex flex-wrap items-end gap-3">
            {savedAddresses.length > 0 && (
              <SavedAddressPicker
                addresses={savedAddresses}
                onPick={(address) => setValues((current) => ({ ...current, ...address.fields }))}
              />
            )}
            <button
              type="button"
              onClick={copyOrderer}
              className="rounded-lg border border-cream-200 px-3 py-2 text-sm font-semibold text-ink-700 hover:bg-cream-100"
            >
              주문자 정보와 같게
            </button>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="받는 분" required autoComplete="shipping name" maxLength={30} {...text("recipient_name")} />
            <TextField
              label="받는 분 연락처"
              required
              type="tel"
              inputMode="tel"
              autoComplete="shipping tel"
              placeholder="010-1234-5678"
              {...text("recipient_phone")}
            />
            <TextField
              label="우편번호"
              required
              inputMode="numeric"
              autoComplete="shipping postal-code"
              maxLength={5}
              placeholder="5자리 숫자"
              hint="도로명주소 우편번호 5자리"
              {...text("postal_code")}
            />
            <TextField
              label="기본주소"
              required
              autoComplete="shipping address-line1"
              placeholder="예: 광주광역시 서구 죽봉대로 38번길 25"
              className="sm:col-span-2"
              {...text("address_1")}
            />
            <TextField
              label="상세주소"
              autoComplete="shipping address-line2"
              maxLength={100}
              placeholder="동·호수 등"
              className="sm:col-span-2"
              {...text("address_2")}
            />
            <DeliveryNoteField
              choice={values.delivery_note_choice}
              note={values.delivery_note}
              error={errors.delivery_note}
              onChoice={(choice) => set("delivery_note_choice", choice)}
              onNote={(note) => set("delivery_note", note)}
              onBlur={() => checkField("delivery_note")}
            />
          </div>
        </CheckoutSection>

        <CheckoutSection id="checkout-gift" step={3} title="선물하기">
          <GiftFields
            enabled={values.is_gift === "on"}
            senderName={values.gift_sender_name}
            message={values.gift_message}
            senderPlaceholder={values.orderer_name || "보내는 분"}
            errors={errors}
            onEnabled={(enabled) => set("is_gift", enabled ? "on" : "")}
            onSenderName={(value) => set("gift_sender_name", value)}
            onMessage={(value) => {
              const next = { ...values, gift_message: value }
              setValues(next)
              if (errors.gift_message) checkField("gift_message", next)
            }}
            onBlur={(field) => checkField(field)}
          />
        </CheckoutSection>

        <CheckoutSection
          id="checkout-shipping"
          step={4}
          title="배송"
          description="택배 (업체별 배송): 만든 곳마다 따로 보내 드려요. 배송비는 만든 곳별로 계산됩니다."
        >
          {shipping}
        </CheckoutSection>

        <CheckoutSection id="checkout-payment" step={5} title="결제수단">
          <PaymentMethodField
            offered={offered}
            value={values.payment_provider}
            error={errors.payment_provider}
            disabled={locked}
            onChange={(provider) => set("payment_provider", provider)}
          />
          {payingByCard && stripeKey && <CardPaymentStep publishableKey={stripeKey} clientSecret={state.clientSecret} />}
        </CheckoutSection>
      </div>

      <div className="space-y-4 lg:sticky lg:top-4">
        <CheckoutSection id="checkout-review" step={6} title="주문 확인">
          {review}
          <div className="space-y-1">
            <label className="flex cursor-pointer items-start gap-3">
              <input
                id="field-agree"
                type="checkbox"
                name="agree"
                checked={values.agree === "on"}
                aria-invalid={errors.agree ? true : undefined}
                aria-describedby={errors.agree ? "field-agree-error" : undefined}
                onChange={(event) => {
                  const next = { ...values, agree: event.target.checked ? "on" : "" }
                  setValues(next)
                  if (errors.agree) checkField("agree", next)
                }}
                className="mt-1 size-5 accent-brand-600"
              />
              <span className="font-semibold">주문 내용을 확인했으며 결제에 동의합니다 (필수)</span>
            </label>
            {errors.agree && (
              <p id="field-agree-error" className="text-sm font-semibold text-brand-700">
                {errors.agree}
              </p>
            )}
          </div>
          <div aria-live="assertive">
            {summary && (
              <p role="alert" className="rounded-lg bg-brand-50 px-4 py-3 text-sm font-semibold text-brand-700">
                {summary}
              </p>
            )}
          </div>
          {!payingByCard && (
            <button
              type="submit"
              disabled={locked}
              aria-disabled={locked}
              className="w-full rounded-lg bg-brand-600 px-4 py-4 text-lg font-bold text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {pending ? "주문 처리 중…" : values.payment_provider === STRIPE_PROVIDER ? "카드로 결제하기" : "주문하기"}
            </button>
          )}
          {values.payment_provider === BANK_TRANSFER_PROVIDER && !payingByCard && (
            <p className="text-xs text-ink-500">주문하기를 누르면 입금하실 계좌와 기한을 바로 알려 드립니다.</p>
          )}
        </CheckoutSection>
      </div>
    </form>
  )
}

function focusFirst(errors: CheckoutErrors) {
  const first = FIELD_ORDER.find((field) => errors[field])
  if (!first) return
  const target =
    document.getElementById(`field-${first}`) ??
    document.querySelector<HTMLElement>(`[name="${first}"]`)
  target?.focus()
}
