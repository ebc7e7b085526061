import "server-only"
import { cache } from "react"
import { storeGet, storeGetOrNull } from "@/lib/data/store-fetch"
import { MAKERS, makerTag } from "@/lib/shared/cache-tags"
import type { MakerFilters } from "@/lib/util/maker-filters"
import type { MakerKind } from "@/lib/util/maker-kinds"
import { pageOffset } from "@/lib/util/pagination"

/** A maker as listed on /makers and in filters. */
export type MakerCard = {
  id: string
  handle: string
  name: string
  kind: MakerKind
  region: string
  logo_url: string | null
  center: { handle: string; name: string } | null
  certifications: { name: string }[]
}

export type MakerCenter = {
  id: string
  handle: string
  name: string
  level: "regional" | "local"
  region: string
  address: string | null
  phone: string | null
}

export type MakerBrand = {
  id: string
  handle: string
  name: string
  slogan: string | null
  description: string
  logo_url: string | null
}

/** Everything a maker's page shows: story, centers, certifications, brands and seller disclosure. */
export type MakerDetail = Omit<MakerCard, "center" | "certifications"> & {
  legal_form: string | null
  founded_on: string | null
  /** rich text (sanitized HTML or plain text) */
  story: string
  phone: string | null
  email: string | null
  address: string | null
  business_registration_number: string | null
  mail_order_number: string | null
  representative: string | null
  center: MakerCenter | null
  regional_center: Omit<MakerCenter, "id" | "level"> | null
  certifications: { name: string; number: string; valid_until: string | null }[]
  brands: MakerBrand[]
}

type MakerListResponse = { makers: MakerCard[]; count: number }
type MakerResponse = { maker: MakerDetail; products: { id: string; handle: string }[] }

const MAX_LIMIT = 100
const MAX_PAGES = 20

export async function listMakers(
  filters: MakerFilters,
  page: number,
  perPage: number
): Promise<{ makers: MakerCard[]; count: number }> {
  const { makers, count } = await storeGet<MakerListResponse>(
    "/store/makers",
    { ...filters, limit: perPage, offset: pageOffset(page, perPage) },
    MAKERS
  )
  return { makers, count }
}

/** Every active maker (name order), for filter choices such as the 시·도 and maker selects. */
export const listAllMakers = cache(async (): Promise<MakerCard[]> => {
  const all: MakerCard[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { makers, count } = await listMakers({}, page, MAX_LIMIT)
    all.push(...makers)
    if (makers.length === 0 || all.length >= count) {
      break
    }
  }
  return all
})

/** The 시·도 that have at least one maker, in Korean order. */
export async function listMakerRegions(): Promise<string[]> {
  const regions = new Set((await listAllMakers()).map((maker) => maker.region))
  return [...regions].sort((a, b) => a.localeCompare(b, "ko"))
}

export const getMakerByHandle = cache(async (handle: string): Promise<MakerDetail | null> => {
  const response = await storeGetOrNull<MakerResponse>(
    `/store/makers/${encodeURIComponent(handle)}`,
    {},
    makerTag(handle)
  )
  return response?.maker ?? null
})
