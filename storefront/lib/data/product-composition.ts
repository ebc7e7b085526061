import "server-only"
import { cache } from "react"
import { storeGetOrNull } from "@/lib/data/store-fetch"
import { PRODUCTS, productTag } from "@/lib/shared/cache-tags"
import type { VariantComposition } from "@/lib/util/composition"

type CompositionResponse = { variants: VariantComposition[] }

/**
 * What each variant of a product contains (gift sets, packs), its bulk prices and, for a set of
 * several makers, how its price is shared among them. Empty for an unknown product.
 */
export const getProductComposition = cache(async (productId: string): Promise<VariantComposition[]> => {
  const response = await storeGetOrNull<CompositionResponse>(
    `/store/products/${encodeURIComponent(productId)}/composition`,
    {},
    [PRODUCTS, productTag(productId)]
  )
  return response?.variants ?? []
})
