import "server-only"
import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { storeGet } from "@/lib/data/store-fetch"
import { COLLECTIONS } from "@/lib/shared/cache-tags"

export const FEATURED_GIFT_SETS_HANDLE = "featured-gift-sets"

export const getCollectionByHandle = cache(
  async (handle: string): Promise<HttpTypes.StoreCollection | null> => {
    const { collections } = await storeGet<HttpTypes.StoreCollectionListResponse>(
      "/store/collections",
      { handle, fields: "id,title,handle,+metadata", limit: 1 },
      COLLECTIONS
    )
    return collections[0] ?? null
  }
)
