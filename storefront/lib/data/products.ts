import "server-only"
import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { getStoreRegion } from "@/lib/data/regions"
import { storeGet } from "@/lib/data/store-fetch"
import { pageOffset } from "@/lib/util/pagination"

const CARD_FIELDS = "*variants.calculated_price,+metadata"
const DETAIL_FIELDS =
  "*variants.calculated_price,*variants.options,+metadata,*categories,*images,*options,*options.values"

export type ProductPage = {
  products: HttpTypes.StoreProduct[]
  count: number
}

async function listProducts(
  query: HttpTypes.StoreProductListParams & { fields: string; limit: number }
): Promise<ProductPage> {
  const region = await getStoreRegion()
  const { products, count } = await storeGet<HttpTypes.StoreProductListResponse>(
    "/store/products",
    { ...query, region_id: region.id },
    "products"
  )
  return { products, count }
}

export async function listNewestProducts(limit: number): Promise<HttpTypes.StoreProduct[]> {
  const { products } = await listProducts({ fields: CARD_FIELDS, order: "-created_at", limit })
  return products
}

export async function listCollectionProducts(
  collectionId: string,
  limit: number
): Promise<HttpTypes.StoreProduct[]> {
  const { products } = await listProducts({
    collection_id: collectionId,
    fields: CARD_FIELDS,
    order: "title",
    limit,
  })
  return products
}

export async function listCategoryProducts(
  categoryId: string,
  page: number,
  perPage: number
): Promise<ProductPage> {
  return listProducts({
    category_id: categoryId,
    fields: CARD_FIELDS,
    order: "title",
    limit: perPage,
    offset: pageOffset(page, perPage),
  })
}

export const getProductByHandle = cache(
  async (handle: string): Promise<HttpTypes.StoreProduct | null> => {
    const { products } = await listProducts({ handle, fields: DETAIL_FIELDS, limit: 1 })
    return products[0] ?? null
  }
)
