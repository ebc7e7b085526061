"use client"

import { DELIVERY_NOTE_CHOICES, DELIVERY_NOTE_CUSTOM, DELIVERY_NOTE_MAX } from "@/lib/util/checkout-form"

type DeliveryNoteFieldProps = {
  choice: string
  note: string
  error?: string
  onChoice: (choice: string) => void
  onNote: (note: string) => void
  onBlur: () => void
}

/** 배송 요청사항: the usual requests in a list, or the customer's own words (직접 입력). */
export function DeliveryNoteField({ choice, note, error, onChoice, onNote, onBlur }: DeliveryNoteFieldProps) {
  const errorId = error ? "field-delivery_note-error" : undefined
  return (
    <div className="space-y-2 sm:col-span-2">
      <label htmlFor="field-delivery_note_choice" className="block text-sm font-semibold text-ink-900">
        배송 요청사항
      </label>
      <select
        id="field-delivery_note_choice"
        name="delivery_note_choice"
        value={choice}
        onChange={(event) => onChoice(event.target.value)}
        className="w-full rounded-lg border border-cream-200 bg-white px-3 py-2"
      >
        <option value="">선택 안 함</option>
        {DELIVERY_NOTE_CHOICES.map((text) => (
          <option key={text} value={text}>
            {text}
          </option>
        ))}
        <option value={DELIVERY_NOTE_CUSTOM}>직접 입력</option>
      </select>
      {choice === DELIVERY_NOTE_CUSTOM && (
        <>
          <label htmlFor="field-delivery_note" className="sr-only">
            배송 요청사항 직접 입력
          </label>
          <input
            id="field-delivery_note"
            name="delivery_note"
            value={note}
            maxLength={DELIVERY_NOTE_MAX}
            placeholder="예: 공동현관 비밀번호는 1234# 입니다."
            aria-invalid={error ? true : undefined}
            aria-describedby={errorId}
            onChange={(event) => onNote(event.target.value)}
            onBlur={onBlur}
            className={`w-full rounded-lg border bg-white px-3 py-2 ${error ? "border-brand-600" : "border-cream-200"}`}
          />
        </>
      )}
      {error && (
        <p id={errorId} className="text-sm font-semibold text-brand-700">
          {error}
        </p>
      )}
    </div>
  )
}
