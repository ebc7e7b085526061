import type { HttpTypes } from "@medusajs/types"
import { formatPriceFrom } from "@/lib/util/money"
import { saleOriginal, variantAmounts } from "@/modules/products/prices"

type PriceTagProps = {
  product: HttpTypes.StoreProduct
  className?: string
}

export function PriceTag({ product, className }: PriceTagProps) {
  const label = formatPriceFrom(variantAmounts(product))
  if (!label) {
    return <p className={className}>가격 준비 중</p>
  }
  const original = saleOriginal(product)
  return (
    <p className={className}>
      {original !== null && (
        <del className="mr-2 text-sm font-normal text-ink-500">
          <span className="sr-only">정가 </span>
          {formatPriceFrom([original])}
        </del>
      )}
      <span className="sr-only">{original !== null ? "특판가 " : "가격 "}</span>
      {label}
    </p>
  )
}
