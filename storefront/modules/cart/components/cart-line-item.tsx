import Link from "next/link"
import { formatWon } from "@/lib/util/money"
import type { CartLine } from "@/modules/cart/cart-groups"
import { LineControls } from "@/modules/cart/components/line-controls"
import { ProductImage } from "@/modules/products/components/product-image"

/** One line of the cart: picture, name, option, unit price, quantity controls and amount. */
export function CartLineItem({ line, editable = true }: { line: CartLine; editable?: boolean }) {
  const title = line.product_title ?? line.title
  const amount = line.original_total ?? line.unit_price * line.quantity
  return (
    <li className="flex gap-3 py-4 sm:gap-4">
      <div className="w-20 shrink-0 sm:w-24">
        <ProductImage src={line.thumbnail ?? null} alt="" size={96} />
      </div>
      <div className="min-w-0 flex-1 space-y-2">
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
          <div className="min-w-0">
            {line.product_handle ? (
              <Link href={`/products/${line.product_handle}`} className="font-semibold hover:underline">
                {title}
              </Link>
            ) : (
              <span className="font-semibold">{title}</span>
            )}
            {line.variant_title && line.variant_title !== "Default" && (
              <p className="text-sm text-ink-500">옵션: {line.variant_title}</p>
            )}
            <p className="text-sm text-ink-500">
              <span className="sr-only">개당 가격 </span>
              {formatWon(line.unit_price)}
              {!editable && ` × ${line.quantity}개`}
            </p>
          </div>
          <p className="font-bold" data-testid="line-amount">
            <span className="sr-only">상품 금액 </span>
            {formatWon(amount)}
          </p>
        </div>
        {editable && <LineControls lineId={line.id} title={title} quantity={line.quantity} />}
      </div>
    </li>
  )
}
