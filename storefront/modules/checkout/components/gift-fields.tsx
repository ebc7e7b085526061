"use client"

import { GIFT_MESSAGE_MAX, visibleLength } from "@/lib/util/checkout-form"
import { TextField } from "@/modules/account/components/text-field"

type GiftFieldsProps = {
  enabled: boolean
  senderName: string
  message: string
  senderPlaceholder: string
  errors: { gift_sender_name?: string; gift_message?: string }
  onEnabled: (enabled: boolean) => void
  onSenderName: (value: string) => void
  onMessage: (value: string) => void
  onBlur: (field: "gift_sender_name" | "gift_message") => void
}

/**
 * 선물하기: the parcel goes to the 배송지 above with a card from the sender; the packing slip
 * then shows no prices.
 */
export function GiftFields(props: GiftFieldsProps) {
  const { enabled, senderName, message, errors } = props
  const length = visibleLength(message)
  const counterId = "field-gift_message-count"
  const errorId = errors.gift_message ? "field-gift_message-error" : undefined
  return (
    <div className="space-y-4">
      <label className="flex cursor-pointer items-start gap-3">
        <input
          type="checkbox"
          name="is_gift"
          checked={enabled}
          onChange={(event) => props.onEnabled(event.target.checked)}
          className="mt-1 size-5 accent-brand-600"
        />
        <span>
          <span className="font-semibold">선물로 보내기</span>
          <span className="block text-sm text-ink-700">
            받는 분은 위에 입력한 배송지의 수령인입니다. 선물 포장 명세서에는 가격이 표시되지 않습니다.
          </span>
        </span>
      </label>
      {enabled && (
        <div className="space-y-4 rounded-lg bg-cream-100 p-4">
          <TextField
            name="gift_sender_name"
            label="보내는 분 이름"
            autoComplete="name"
            maxLength={30}
            placeholder={props.senderPlaceholder}
            hint="비워 두면 주문하시는 분 이름으로 적습니다."
            value={senderName}
            error={errors.gift_sender_name}
            onChange={(event) => props.onSenderName(event.target.value)}
            onBlur={() => props.onBlur("gift_sender_name")}
          />
          <div className="space-y-1">
            <label htmlFor="field-gift_message" className="block text-sm font-semibold text-ink-900">
              카드 메시지
            </label>
            <textarea
              id="field-gift_message"
              name="gift_message"
              rows={4}
              value={message}
              placeholder="마음을 전할 메시지를 적어 주세요."
              aria-invalid={errors.gift_message ? true : undefined}
              aria-describedby={[counterId, errorId].filter(Boolean).join(" ")}
              onChange={(event) => props.onMessage(event.target.value)}
              onBlur={() => props.onBlur("gift_message")}
              className={`w-full rounded-lg border bg-white px-3 py-2 ${errors.gift_message ? "border-brand-600" : "border-cream-200"}`}
            />
            <p id={counterId} className={`text-right text-xs ${length > GIFT_MESSAGE_MAX ? "font-bold text-brand-700" : "text-ink-500"}`}>
              {length}/{GIFT_MESSAGE_MAX}자
            </p>
            {errors.gift_message && (
              <p id={errorId} className="text-sm font-semibold text-brand-700">
                {errors.gift_message}
              </p>
            )}
          </div>
        </div>
      )}
    </div>
  )
}
