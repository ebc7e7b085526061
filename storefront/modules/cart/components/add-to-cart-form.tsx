"use client"

import Link from "next/link"
import { useActionState, useEffect, useId, useState } from "react"
import { addToCart, type CartActionState } from "@/lib/data/cart-actions"
import { QuantityStepper } from "@/modules/cart/components/quantity-stepper"
import { visitorChanged } from "@/modules/layout/visitor-store"

type AddToCartFormProps = {
  variantId: string
  soldOut: boolean
  /** the units left when stock is low, so the stepper stops there */
  maxQuantity?: number
}

const INITIAL: CartActionState = { status: "idle" }

/** 수량 + 장바구니 담기 / 바로 구매 for the chosen option. */
export function AddToCartForm({ variantId, soldOut, maxQuantity }: AddToCartFormProps) {
  const [quantity, setQuantity] = useState(1)
  const [state, action, pending] = useActionState(addToCart, INITIAL)
  const messageId = useId()
  const disabled = soldOut || pending
  // the header's cart badge is an island of its own: tell it the cart changed
  useEffect(() => {
    if (state.status === "added") visitorChanged()
  }, [state])

  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="variant_id" value={variantId} />
      <div className="flex items-center gap-3">
        <span className="text-sm font-semibold text-ink-700" aria-hidden="true">
          수량
        </span>
        <QuantityStepper
          name="quantity"
          label="수량"
          value={quantity}
          onChange={setQuantity}
          max={maxQuantity}
          disabled={disabled}
          describedBy={state.status === "idle" ? undefined : messageId}
        />
      </div>
      {soldOut ? (
        <p className="rounded-lg bg-ink-900 px-4 py-3 text-center font-semibold text-white">품절된 상품입니다</p>
      ) : (
        <div className="grid grid-cols-2 gap-2">
          <button
            type="submit"
            name="intent"
            value="cart"
            disabled={disabled}
            className="rounded-lg border-2 border-brand-600 px-4 py-3 font-bold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
          >
            장바구니 담기
          </button>
          <button
            type="submit"
            name="intent"
            value="buy"
            disabled={disabled}
            className="rounded-lg bg-brand-600 px-4 py-3 font-bold text-white hover:bg-brand-700 disabled:opacity-60"
          >
            바로 구매
          </button>
        </div>
      )}
      <div id={messageId} aria-live="polite">
        {state.status === "added" && (
          <p role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-leaf-100 px-4 py-3 text-leaf-700">
            <span className="font-semibold">{state.message}</span>
            <Link href="/cart" className="font-bold underline underline-offset-4">
              장바구니 보기
            </Link>
          </p>
        )}
        {state.status === "error" && (
          <p role="alert" className="rounded-lg bg-brand-50 px-4 py-3 font-semibold text-brand-700">
            {state.message}
          </p>
        )}
      </div>
    </form>
  )
}
