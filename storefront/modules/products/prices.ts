import type { HttpTypes } from "@medusajs/types"

export type VariantChoice = {
  id: string
  label: string
  amount: number
}

function amountOf(variant: HttpTypes.StoreProductVariant): number | null {
  const amount = variant.calculated_price?.calculated_amount
  return typeof amount === "number" ? amount : null
}

function labelOf(variant: HttpTypes.StoreProductVariant): string {
  const values = (variant.options ?? []).map((option) => option.value).filter(Boolean)
  return values.length > 0 ? values.join(" / ") : (variant.title ?? "기본")
}

/** The region prices of the product's variants; variants without a price are left out. */
export function variantAmounts(product: HttpTypes.StoreProduct): number[] {
  return (product.variants ?? []).flatMap((variant) => {
    const amount = amountOf(variant)
    return amount === null ? [] : [amount]
  })
}

export function variantChoices(product: HttpTypes.StoreProduct): VariantChoice[] {
  return (product.variants ?? []).flatMap((variant) => {
    const amount = amountOf(variant)
    return amount === null ? [] : [{ id: variant.id, label: labelOf(variant), amount }]
  })
}

export function optionsLegend(product: HttpTypes.StoreProduct): string {
  const titles = (product.options ?? []).map((option) => option.title).filter(Boolean)
  return titles.length > 0 ? titles.join(" / ") : "옵션"
}
