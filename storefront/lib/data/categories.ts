import "server-only"
import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { storeGet } from "@/lib/data/store-fetch"
import { CATEGORIES } from "@/lib/shared/cache-tags"

const CATEGORY_FIELDS = "id,name,handle,description,rank,parent_category_id"

/** Top-level categories in their ranked order, for navigation and the home grid. */
export const listTopCategories = cache(async (): Promise<HttpTypes.StoreProductCategory[]> => {
  const { product_categories } = await storeGet<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    { fields: CATEGORY_FIELDS, order: "rank", limit: 100 },
    CATEGORIES
  )
  return product_categories.filter((category) => !category.parent_category_id)
})

export const getCategoryByHandle = cache(
  async (handle: string): Promise<HttpTypes.StoreProductCategory | null> => {
    const { product_categories } = await storeGet<HttpTypes.StoreProductCategoryListResponse>(
      "/store/product-categories",
      { handle, fields: CATEGORY_FIELDS, limit: 1 },
      CATEGORIES
    )
    return product_categories[0] ?? null
  }
)
