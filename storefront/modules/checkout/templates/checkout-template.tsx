import Link from "next/link"
import type { ReactNode } from "react"
import type { Customer } from "@/lib/data/customer"
import type { MakerGroups, ShopCart } from "@/lib/data/cart"
import type { PaymentProviderId } from "@/lib/util/checkout-form"
import { cartTotals, groupCartLines } from "@/modules/cart/cart-groups"
import { MakerParcel } from "@/modules/cart/components/maker-parcel"
import { OrderSummary } from "@/modules/cart/components/order-summary"
import { CheckoutForm } from "@/modules/checkout/components/checkout-form"
import { initialCheckoutValues, savedAddressesOf } from "@/modules/checkout/checkout-initial"

type CheckoutTemplateProps = {
  cart: ShopCart
  makerGroups: MakerGroups | null
  customer: Customer | null
  offered: PaymentProviderId[]
  stripeKey: string | null
  /** a message to show first, e.g. after a card payment that did not go through */
  notice?: string | null
  /** institutions only: the 세금계산서·현금영수증 request */
  evidence?: ReactNode
}

/** 주문서: one page, six numbered sections; the amounts come from the cart as Medusa computed them. */
export function CheckoutTemplate({ cart, makerGroups, customer, offered, stripeKey, notice, evidence }: CheckoutTemplateProps) {
  const groups = groupCartLines(cart, makerGroups)
  const totals = cartTotals(cart, makerGroups?.shipping_total ?? null)
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-6 sm:py-10">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">주문서 작성</h1>
        {!customer && (
          <p className="text-sm text-ink-700">
            비회원으로 주문합니다. 주문번호와 이메일로 언제든 주문을 조회할 수 있습니다.{" "}
            <Link href="/account/login?next=/checkout" className="font-semibold underline underline-offset-4">
              로그인하고 주문하기
            </Link>
          </p>
        )}
      </div>
      {notice && (
        <p role="alert" className="rounded-lg bg-brand-50 px-4 py-3 font-semibold text-brand-700">
          {notice}
        </p>
      )}
      {evidence}
      <CheckoutForm
        initial={initialCheckoutValues(customer, offered)}
        savedAddresses={savedAddressesOf(customer)}
        offered={offered}
        stripeKey={stripeKey}
        shipping={
          <div className="space-y-3">
            {groups.map((group) => (
              <MakerParcel key={group.key} group={group} editable={false} headingLevel="h3" />
            ))}
          </div>
        }
        review={<OrderSummary totals={totals} parcelCount={groups.length} />}
      />
    </div>
  )
}
