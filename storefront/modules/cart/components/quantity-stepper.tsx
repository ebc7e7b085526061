"use client"

import { useId } from "react"
import { MAX_LINE_QUANTITY } from "@/lib/util/cart-limits"

type QuantityStepperProps = {
  value: number
  onChange: (quantity: number) => void
  /** what is being counted, for screen readers ("수량", "전장김 수량") */
  label: string
  /** posted with a form when set */
  name?: string
  max?: number
  disabled?: boolean
  describedBy?: string
}

const BUTTON =
  "flex size-11 items-center justify-center text-lg font-bold text-ink-700 hover:bg-cream-100 disabled:cursor-not-allowed disabled:text-ink-500/50"

/** − [n] + with native buttons and a number field: works by touch, mouse and keyboard. */
export function QuantityStepper({
  value,
  onChange,
  label,
  name,
  max = MAX_LINE_QUANTITY,
  disabled = false,
  describedBy,
}: QuantityStepperProps) {
  const inputId = useId()
  const limit = Math.max(1, Math.min(max, MAX_LINE_QUANTITY))
  const set = (next: number) => onChange(Math.min(limit, Math.max(1, next)))

  return (
    <div className="inline-flex items-center overflow-hidden rounded-lg border border-cream-200 bg-white">
      <button
        type="button"
        className={BUTTON}
        onClick={() => set(value - 1)}
        disabled={disabled || value <= 1}
        aria-label={`${label} 줄이기`}
      >
        −
      </button>
      <label htmlFor={inputId} className="sr-only">
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        type="number"
        inputMode="numeric"
        min={1}
        max={limit}
        value={value}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => {
          const next = Number(event.target.value)
          if (Number.isInteger(next) && next >= 1) set(next)
        }}
        className="h-11 w-14 border-x border-cream-200 text-center font-semibold [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none"
      />
      <button
        type="button"
        className={BUTTON}
        onClick={() => set(value + 1)}
        disabled={disabled || value >= limit}
        aria-label={`${label} 늘리기`}
      >
        +
      </button>
    </div>
  )
}
