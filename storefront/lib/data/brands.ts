import "server-only"
import { cache } from "react"
import { storeGet, storeGetOrNull } from "@/lib/data/store-fetch"
import { BRANDS, brandTag } from "@/lib/shared/cache-tags"
import type { MakerCard } from "@/lib/data/makers"

/** A joint brand (공동브랜드) of a regional center. */
export type Brand = {
  id: string
  handle: string
  name: string
  slogan: string | null
  /** rich text (sanitized HTML or plain text) */
  description: string
  logo_url: string | null
  owner_center: { handle: string; name: string; region: string } | null
}

export type BrandSummary = Brand & { member_count: number }

export type BrandMember = Pick<MakerCard, "id" | "handle" | "name" | "kind" | "region" | "logo_url">

export type BrandDetail = { brand: Brand; members: BrandMember[] }

type BrandListResponse = { brands: BrandSummary[]; count: number }
type BrandResponse = BrandDetail & { products: { id: string; handle: string }[] }

const MAX_LIMIT = 100

export const listBrands = cache(async (): Promise<BrandSummary[]> => {
  const { brands } = await storeGet<BrandListResponse>("/store/brands", { limit: MAX_LIMIT }, BRANDS)
  return brands
})

export const getBrandByHandle = cache(async (handle: string): Promise<BrandDetail | null> => {
  const response = await storeGetOrNull<BrandResponse>(
    `/store/brands/${encodeURIComponent(handle)}`,
    {},
    brandTag(handle)
  )
  return response ? { brand: response.brand, members: response.members } : null
})
