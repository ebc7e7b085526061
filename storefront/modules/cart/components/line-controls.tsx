"use client"

import { useEffect, useId, useRef, useState, useTransition } from "react"
import { removeLine, updateLineQuantity } from "@/lib/data/cart-actions"
import { visitorChanged } from "@/modules/layout/visitor-store"
import { QuantityStepper } from "@/modules/cart/components/quantity-stepper"

type LineControlsProps = {
  lineId: string
  title: string
  quantity: number
}

/** Waits this long after the last − / + before saving, so three taps are one request. */
const SAVE_DELAY_MS = 400

/** Quantity and 삭제 for one cart line; the server answers with the new totals (page refresh). */
export function LineControls({ lineId, title, quantity }: LineControlsProps) {
  const [value, setValue] = useState(quantity)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const messageId = useId()

  // the server's quantity wins once it arrives (after a save or another tab's change)
  useEffect(() => setValue(quantity), [quantity])
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current)
  }, [])

  const save = (next: number) => {
    setValue(next)
    setError(null)
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      startTransition(async () => {
        const result = await updateLineQuantity(lineId, next)
        visitorChanged()
        if (!result.ok) {
          setError(result.message)
          setValue(quantity)
        }
      })
    }, SAVE_DELAY_MS)
  }

  const remove = () => {
    setError(null)
    startTransition(async () => {
      const result = await removeLine(lineId)
      visitorChanged()
      if (!result.ok) setError(result.message)
    })
  }

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <QuantityStepper label={`${title} 수량`} value={value} onChange={save} describedBy={messageId} />
        <button
          type="button"
          onClick={remove}
          disabled={pending}
          className="rounded-lg px-3 py-2 text-sm font-semibold text-ink-500 underline-offset-4 hover:text-brand-700 hover:underline disabled:opacity-60"
          aria-label={`${title} 장바구니에서 빼기`}
        >
          삭제
        </button>
      </div>
      <div id={messageId} aria-live="polite" className="text-sm">
        {pending && <span className="text-ink-500">저장하는 중…</span>}
        {error && (
          <span role="alert" className="font-semibold text-brand-700">
            {error}
          </span>
        )}
      </div>
    </div>
  )
}
