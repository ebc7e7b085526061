import Link from "next/link"
import { formatWon } from "@/lib/util/money"
import { freeShippingHint, shippingFeeLabel } from "@/lib/util/maker-shipping"
import type { LineGroup } from "@/modules/cart/cart-groups"
import { CartLineItem } from "@/modules/cart/components/cart-line-item"

type MakerParcelProps = {
  group: LineGroup
  /** false on the checkout (a review, no quantity controls) */
  editable?: boolean
  headingLevel?: "h2" | "h3"
}

/** One maker's parcel: who ships it, its lines, 상품 합계, 배송비 and how far free shipping is. */
export function MakerParcel({ group, editable = true, headingLevel: Heading = "h2" }: MakerParcelProps) {
  const hint = group.shippingFee === null ? null : freeShippingHint(group.remainingForFreeShipping, group.shippingFee)
  return (
    <section
      aria-labelledby={`parcel-${group.key}`}
      className="rounded-xl border border-cream-200 bg-white px-4 sm:px-5"
      data-testid="maker-parcel"
    >
      <Heading id={`parcel-${group.key}`} className="flex flex-wrap items-baseline gap-x-2 border-b border-cream-200 py-3 font-bold">
        {group.maker ? (
          <>
            <Link href={`/makers/${group.maker.handle}`} className="hover:underline">
              {group.maker.name}
            </Link>
            <span className="text-sm font-normal text-ink-500">업체 직접 배송</span>
          </>
        ) : (
          <span>함께 보내는 상품</span>
        )}
      </Heading>
      <ul className="divide-y divide-cream-200">
        {group.lines.map((line) => (
          <CartLineItem key={line.id} line={line} editable={editable} />
        ))}
      </ul>
      <dl className="space-y-1 border-t border-cream-200 py-3 text-sm">
        <div className="flex justify-between">
          <dt className="text-ink-700">상품 합계</dt>
          <dd className="font-semibold">{formatWon(group.itemSubtotal)}</dd>
        </div>
        <div className="flex justify-between">
          <dt className="text-ink-700">배송비</dt>
          <dd className="font-semibold" data-testid="parcel-shipping">
            {group.shippingFee === null ? "주문서에서 계산" : shippingFeeLabel(group.shippingFee)}
          </dd>
        </div>
        {hint && <p className="text-right text-leaf-700">{hint}</p>}
      </dl>
    </section>
  )
}
