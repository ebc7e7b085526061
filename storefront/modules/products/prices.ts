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

/**
 * The regular price of the cheapest variant when that variant is priced by a 특판전 (a Medusa
 * price list of type sale), else null: the card strikes it through beside the 특판가.
 */
export function saleOriginal(product: HttpTypes.StoreProduct): number | null {
  const priced = (product.variants ?? []).filter((v) => typeof v.calculated_price?.calculated_amount === "number")
  if (!priced.length) return null
  const cheapest = priced.reduce((a, b) => (b.calculated_price!.calculated_amount! < a.calculated_price!.calculated_amount! ? b : a))
  const price = cheapest.calculated_price!
  const onSale = price.calculated_price?.price_list_type === "sale"
  const original = price.original_amount
  return onSale && typeof original === "number" && original > price.calculated_amount! ? original : null
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
