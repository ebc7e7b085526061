import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What the seed steps share: the container plus ids created by earlier steps. */
export type SeedContext = {
  container: MedusaContainer
  log: (message: string) => void
  salesChannelId?: string
  regionId?: string
  stockLocationId?: string
  shippingProfileId?: string
}

export function queryOf(container: MedusaContainer) {
  return container.resolve(ContainerRegistrationKeys.QUERY)
}

export const STORE_NAME = "자활장터"
export const SALES_CHANNEL_NAME = "자활장터 온라인"
export const PUBLISHABLE_KEY_TITLE = "자활장터 스토어프론트"
export const REGION_NAME = "대한민국"
export const STOCK_LOCATION_NAME = "자활장터 통합물류센터"
export const FEATURED_COLLECTION_HANDLE = "featured-gift-sets"
/**
 * Bumped when the seed data grows (seed/version.json, also read by the launcher): a database
 * seeded with an older version is seeded again, which adds what is missing.
 */
export const SEED_VERSION: string = require("./version.json").version
