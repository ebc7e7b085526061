import type { HttpTypes } from "@medusajs/types"
import { formatPriceFrom } from "@/lib/util/money"
import { variantAmounts } from "@/modules/products/prices"

type PriceTagProps = {
  product: HttpTypes.StoreProduct
  className?: string
}

export function PriceTag({ product, className }: PriceTagProps) {
  const label = formatPriceFrom(variantAmounts(product))
  if (!label) {
    return <p className={className}>가격 준비 중</p>
  }
  return (
    <p className={className}>
      <span className="sr-only">가격 </span>
      {label}
    </p>
  )
}
