"use client"

import { useActionState, useId, useState, useTransition } from "react"
import { applyPromoCode, removePromoCode, type PromoActionState } from "@/lib/data/cart-actions"

const INITIAL: PromoActionState = { status: "idle" }

/** 할인 코드: apply one (Medusa promotions) and take applied ones off again. */
export function PromoCodeForm({ appliedCodes }: { appliedCodes: string[] }) {
  const [state, action, pending] = useActionState(applyPromoCode, INITIAL)
  const [removeError, setRemoveError] = useState<string | null>(null)
  const [removing, startRemoving] = useTransition()
  const inputId = useId()
  const messageId = useId()

  const remove = (code: string) => {
    setRemoveError(null)
    startRemoving(async () => {
      const result = await removePromoCode(code)
      if (!result.ok) setRemoveError(result.message)
    })
  }

  return (
    <div className="space-y-2">
      <form action={action} className="space-y-1">
        <label htmlFor={inputId} className="text-sm font-semibold text-ink-700">
          할인 코드
        </label>
        <div className="flex gap-2">
          <input
            id={inputId}
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={50}
            aria-invalid={state.status === "error" || undefined}
            aria-describedby={messageId}
            className="min-w-0 flex-1 rounded-lg border border-cream-200 bg-white px-3 py-2"
          />
          <button
            type="submit"
            disabled={pending}
            className="rounded-lg bg-ink-700 px-4 py-2 font-semibold text-white hover:bg-ink-900 disabled:opacity-60"
          >
            {pending ? "확인 중…" : "적용"}
          </button>
        </div>
        <div id={messageId} aria-live="polite" className="text-sm">
          {state.status === "error" && (
            <p role="alert" className="font-semibold text-brand-700">
              {state.message}
            </p>
          )}
          {state.status === "applied" && <p className="text-leaf-700">{state.message}</p>}
        </div>
      </form>
      {appliedCodes.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label="적용한 할인 코드">
          {appliedCodes.map((code) => (
            <li key={code} className="flex items-center gap-1 rounded-full bg-leaf-100 py-1 pl-3 pr-1 text-sm text-leaf-700">
              <span className="font-semibold">{code}</span>
              <button
                type="button"
                onClick={() => remove(code)}
                disabled={removing}
                aria-label={`할인 코드 ${code} 빼기`}
                className="rounded-full px-2 hover:bg-white disabled:opacity-60"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {removeError && (
        <p role="alert" className="text-sm font-semibold text-brand-700">
          {removeError}
        </p>
      )}
    </div>
  )
}
