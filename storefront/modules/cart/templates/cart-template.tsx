import Link from "next/link"
import type { MakerGroups, ShopCart } from "@/lib/data/cart"
import { cartTotals, groupCartLines } from "@/modules/cart/cart-groups"
import { EmptyCart } from "@/modules/cart/components/empty-cart"
import { MakerParcel } from "@/modules/cart/components/maker-parcel"
import { OrderSummary } from "@/modules/cart/components/order-summary"
import { PromoCodeForm } from "@/modules/cart/components/promo-code-form"

type CartTemplateProps = {
  cart: ShopCart | null
  /** null when the per-maker grouping could not be read (the lines still show) */
  makerGroups: MakerGroups | null
}

export function CartTemplate({ cart, makerGroups }: CartTemplateProps) {
  const lines = cart?.items ?? []
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-6 sm:py-10">
      <h1 className="text-2xl font-bold sm:text-3xl">장바구니</h1>
      {!cart || lines.length === 0 ? (
        <EmptyCart />
      ) : (
        <CartContents cart={cart} makerGroups={makerGroups} />
      )}
    </div>
  )
}

function CartContents({ cart, makerGroups }: { cart: ShopCart; makerGroups: MakerGroups | null }) {
  const groups = groupCartLines(cart, makerGroups)
  const totals = cartTotals(cart, makerGroups?.shipping_total ?? null)
  const appliedCodes = (cart.promotions ?? []).flatMap((promotion) =>
    promotion.code && !promotion.is_automatic ? [promotion.code] : []
  )
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem] lg:items-start">
      <div className="space-y-4">
        <p className="text-sm text-ink-700">
          자활장터는 만든 곳에서 직접 보내 드려요. 배송비는 만든 곳마다 따로 계산됩니다.
        </p>
        {groups.map((group) => (
          <MakerParcel key={group.key} group={group} />
        ))}
      </div>
      <div className="space-y-4 lg:sticky lg:top-4">
        <OrderSummary totals={totals} parcelCount={groups.length}>
          <Link
            href="/checkout"
            className="block rounded-lg bg-brand-600 px-4 py-3 text-center text-lg font-bold text-white hover:bg-brand-700"
          >
            주문하기
          </Link>
        </OrderSummary>
        <PromoCodeForm appliedCodes={appliedCodes} />
        <Link href="/" className="block text-center text-sm font-semibold text-ink-700 underline underline-offset-4">
          쇼핑 계속하기
        </Link>
      </div>
    </div>
  )
}
