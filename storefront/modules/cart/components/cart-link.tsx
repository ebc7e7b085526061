"use client"

import Link from "next/link"
import { CartPreview } from "@/modules/cart/components/cart-preview"
import { useVisitor } from "@/modules/layout/visitor-store"

function CartIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M3 4h2l2.4 11.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 2-1.5L21 8H6" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="10" cy="20" r="1.3" />
      <circle cx="17" cy="20" r="1.3" />
    </svg>
  )
}

function CartLinkView({ count }: { count: number | null }) {
  const label = count === null ? "장바구니" : `장바구니, 상품 ${count}개`
  return (
    <Link
      href="/cart"
      aria-label={label}
      className="relative flex size-11 items-center justify-center gap-1 rounded-full text-sm font-semibold text-ink-900 hover:bg-brand-50 md:h-10 md:w-auto md:px-3 md:text-ink-700"
    >
      <CartIcon />
      {/* phones show the icon only: the row has room for one line of four buttons */}
      <span aria-hidden="true" className="hidden md:inline">
        장바구니
      </span>
      {count !== null && count > 0 && (
        <span
          aria-hidden="true"
          data-testid="cart-count"
          className="absolute right-0 top-0.5 min-w-5 rounded-full bg-brand-600 px-1.5 text-center text-xs leading-5 text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  )
}

/**
 * Header link to /cart with the number of units in the visitor's cart and its preview. A client
 * island (modules/layout/visitor-store.ts): the page around it is the same for every visitor and
 * is served from the cache; the badge appears once /api/visitor answers.
 */
export function CartLink() {
  const cart = useVisitor()?.cart ?? null
  return (
    <div className="flex items-center">
      <CartLinkView count={cart ? cart.count : null} />
      {cart && cart.lines.length > 0 && <CartPreview itemTotal={cart.itemTotal} lines={cart.lines} />}
    </div>
  )
}
