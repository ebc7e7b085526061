import { FEATURED_GIFT_SETS_HANDLE } from "@/lib/data/collections"
import type { ShopProduct } from "@/lib/data/products"
import type { GiftSetFacts } from "@/lib/util/gift-set-filters"
import { isSoldOut } from "@/lib/util/stock"
import { variantAmounts } from "@/modules/products/prices"

export type GiftSetEntry = GiftSetFacts & { product: ShopProduct }

/** A gift set with the facts the /gift-sets filters and sort orders look at. */
export function toGiftSetEntry(product: ShopProduct): GiftSetEntry {
  const amounts = variantAmounts(product)
  return {
    product,
    price: amounts.length > 0 ? Math.min(...amounts) : null,
    tags: (product.tags ?? []).map((tag) => tag.value).filter(Boolean),
    title: product.title,
    featured: product.collection?.handle === FEATURED_GIFT_SETS_HANDLE,
    soldOut: isSoldOut(product.variants),
  }
}
