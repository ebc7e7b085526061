import "server-only"
import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { storeGet } from "@/lib/data/store-fetch"
import { REGIONS } from "@/lib/shared/cache-tags"

export const STORE_COUNTRY_CODE = "kr"

/** The region that serves Korea (currency KRW); every price on the site is taken in it. */
export const getStoreRegion = cache(async (): Promise<HttpTypes.StoreRegion> => {
  const { regions } = await storeGet<HttpTypes.StoreRegionListResponse>(
    "/store/regions",
    { fields: "id,name,currency_code,*countries", limit: 100 },
    REGIONS
  )
  const region = regions.find((r) =>
    r.countries?.some((country) => country.iso_2 === STORE_COUNTRY_CODE)
  )
  if (!region) {
    throw new Error(`No region serves country "${STORE_COUNTRY_CODE}"`)
  }
  return region
})
