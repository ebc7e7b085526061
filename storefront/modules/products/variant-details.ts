import type { ShopProduct } from "@/lib/data/products"
import type { VariantComposition } from "@/lib/util/composition"
import { stockStatus, type StockStatus } from "@/lib/util/stock"
import { variantChoices, type VariantChoice } from "@/modules/products/prices"

/** A priced variant with its stock and what it contains (components, bulk prices, maker split). */
export type VariantDetail = VariantChoice & {
  stock: StockStatus | null
  composition: VariantComposition | null
}

/** The product's priced variants, in the product's order, joined with their compositions. */
export function variantDetails(product: ShopProduct, compositions: readonly VariantComposition[]): VariantDetail[] {
  const byId = new Map(compositions.map((composition) => [composition.variant_id, composition]))
  const variants = new Map((product.variants ?? []).map((variant) => [variant.id, variant]))
  return variantChoices(product).map((choice) => {
    const variant = variants.get(choice.id)
    return {
      ...choice,
      stock: variant ? stockStatus(variant) : null,
      composition: byId.get(choice.id) ?? null,
    }
  })
}
