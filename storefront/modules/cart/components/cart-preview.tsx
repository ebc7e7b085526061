"use client"

import Link from "next/link"
import { useEffect, useId, useRef, useState } from "react"

export type PreviewLine = { id: string; title: string; quantity: number; amount: string }

type CartPreviewProps = {
  lines: PreviewLine[]
  /** 상품금액 of the whole cart, formatted on the server */
  itemTotal: string
}

const SHOWN = 4

/**
 * 장바구니 미리보기: a disclosure beside the header's cart link listing what is in the cart.
 * Escape or a click elsewhere closes it and gives the focus back to its button.
 */
export function CartPreview({ lines, itemTotal }: CartPreviewProps) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const root = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false)
        button.current?.focus()
      }
    }
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener("keydown", onKey)
    document.addEventListener("pointerdown", onPointer)
    return () => {
      document.removeEventListener("keydown", onKey)
      document.removeEventListener("pointerdown", onPointer)
    }
  }, [open])

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label="장바구니 미리보기"
        onClick={() => setOpen((value) => !value)}
        className="flex size-11 items-center justify-center rounded-full text-ink-700 hover:bg-brand-50 md:size-9"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className={`size-4 transition-transform ${open ? "rotate-180" : ""}`}>
          <path d="M5 7.5 10 12.5 15 7.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-20 mt-2 w-72 space-y-3 rounded-xl border border-cream-200 bg-white p-4 shadow-lg"
      >
        <p className="font-bold">장바구니</p>
        <ul className="space-y-2 text-sm">
          {lines.slice(0, SHOWN).map((line) => (
            <li key={line.id} className="flex justify-between gap-3">
              <span className="min-w-0 truncate">
                {line.title} <span className="text-ink-500">× {line.quantity}</span>
              </span>
              <span className="shrink-0 font-semibold">{line.amount}</span>
            </li>
          ))}
        </ul>
        {lines.length > SHOWN && <p className="text-sm text-ink-500">외 {lines.length - SHOWN}개 상품</p>}
        <p className="flex justify-between border-t border-cream-200 pt-2 text-sm">
          <span>상품금액</span>
          <span className="font-bold">{itemTotal}</span>
        </p>
        <div className="grid grid-cols-2 gap-2 text-sm">
          <Link href="/cart" onClick={() => setOpen(false)} className="rounded-lg border border-brand-600 px-3 py-2 text-center font-bold text-brand-700">
            장바구니 보기
          </Link>
          <Link href="/checkout" onClick={() => setOpen(false)} className="rounded-lg bg-brand-600 px-3 py-2 text-center font-bold text-white">
            주문하기
          </Link>
        </div>
      </div>
    </div>
  )
}
