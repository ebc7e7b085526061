import "server-only"
import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { getCategoryByHandle } from "@/lib/data/categories"
import { getStoreRegion } from "@/lib/data/regions"
import { storeGet } from "@/lib/data/store-fetch"
import * as Tags from "@/lib/shared/cache-tags"
import type { MakerKind } from "@/lib/util/maker-kinds"
import { pageOffset } from "@/lib/util/pagination"

/** Who made the product (its seller of record) and the joint brand it is sold under. */
const MAKER_FIELDS =
  "+maker.handle,+maker.name,+maker.region,+maker.kind,+joint_brand.handle,+joint_brand.name"
/** Stock as Medusa computes it (for a kit — a gift set or a pack — from its components). */
const STOCK_FIELDS = "+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder"
const CARD_FIELDS = `*variants.calculated_price,${STOCK_FIELDS},+metadata,${MAKER_FIELDS}`
const GIFT_SET_FIELDS = `${CARD_FIELDS},*tags,*collection`
const DETAIL_FIELDS = `*variants.calculated_price,*variants.options,${STOCK_FIELDS},+metadata,*categories,*images,*options,*options.values,${MAKER_FIELDS},+maker.logo_url,+joint_brand.slogan`

/** The category that holds the gift sets (선물세트). */
export const GIFT_SETS_CATEGORY_HANDLE = "gift-sets"

export type ProductMaker = {
  handle: string
  name: string
  region: string
  kind: MakerKind
  logo_url?: string | null
}
export type ProductBrand = { handle: string; name: string; slogan?: string | null }

/** A Store API product with its linked maker and joint brand. */
export type ShopProduct = HttpTypes.StoreProduct & {
  maker?: ProductMaker | null
  joint_brand?: ProductBrand | null
}

export type ProductPage = {
  products: ShopProduct[]
  count: number
}

/** Product list filters our backend adds: a maker or brand handle, the maker's 시·도. */
export type ProductMakerFilters = {
  maker?: string
  brand?: string
  region?: string
}

const MAX_LIMIT = 100

type ListQuery = HttpTypes.StoreProductListParams & ProductMakerFilters & { fields: string; limit: number }

/** The tags of a product read: one product's page by its handle, or a list by what it filters on. */
function tagsOf(query: ListQuery): string[] {
  if (typeof query.handle === "string") {
    return [Tags.PRODUCTS, Tags.productTag(query.handle)]
  }
  const tags = [Tags.PRODUCTS, Tags.PRODUCT_LISTS]
  const ids = (value: unknown) => [value ?? []].flat().filter((v): v is string => typeof v === "string")
  for (const id of ids(query.category_id)) tags.push(Tags.categoryTag(id))
  for (const id of ids(query.collection_id)) tags.push(Tags.collectionTag(id))
  if (query.maker) tags.push(Tags.makerTag(query.maker))
  if (query.brand) tags.push(Tags.brandTag(query.brand))
  if (tags.length === 2) tags.push(Tags.NEWEST_PRODUCTS) // unfiltered: the home page's newest
  return tags
}

async function listProducts(query: ListQuery): Promise<ProductPage> {
  const region = await getStoreRegion()
  const defined = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined))
  const { products, count } = await storeGet<{ products: ShopProduct[]; count: number }>(
    "/store/products",
    { ...defined, region_id: region.id },
    tagsOf(query)
  )
  return { products, count }
}

export async function listNewestProducts(limit: number): Promise<ShopProduct[]> {
  const { products } = await listProducts({ fields: CARD_FIELDS, order: "-created_at", limit })
  return products
}

export async function listCollectionProducts(
  collectionId: string,
  limit: number
): Promise<ShopProduct[]> {
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
  perPage: number,
  filters: Pick<ProductMakerFilters, "maker" | "region"> = {}
): Promise<ProductPage> {
  return listProducts({
    ...filters,
    category_id: categoryId,
    fields: CARD_FIELDS,
    order: "title",
    limit: perPage,
    offset: pageOffset(page, perPage),
  })
}

/** The products of one maker or one joint brand, priced, in title order. */
export async function listProductsBy(
  filter: Pick<ProductMakerFilters, "maker" | "brand">
): Promise<ShopProduct[]> {
  const { products } = await listProducts({ ...filter, fields: CARD_FIELDS, order: "title", limit: MAX_LIMIT })
  return products
}

/** Every published gift set (category gift-sets, up to 100) with tags, collection and stock. */
export async function listGiftSets(): Promise<ShopProduct[]> {
  const category = await getCategoryByHandle(GIFT_SETS_CATEGORY_HANDLE)
  if (!category) {
    return []
  }
  const { products } = await listProducts({
    category_id: category.id,
    fields: GIFT_SET_FIELDS,
    order: "title",
    limit: MAX_LIMIT,
  })
  return products
}

export const getProductByHandle = cache(
  async (handle: string): Promise<ShopProduct | null> => {
    const { products } = await listProducts({ handle, fields: DETAIL_FIELDS, limit: 1 })
    return products[0] ?? null
  }
)
