import "server-only"
import { cacheSeconds } from "@/lib/data/cache-seconds"
import { getCampaignOverview } from "@/lib/data/campaign-overview"
import { getSdk } from "@/lib/sdk"

/**
 * GETs a Store API route. It makes no page dynamic by itself: a cached catalog page
 * (app/(catalog)) keeps what it read until one of the tags is revalidated; the pages rendered
 * per request (app/(shop), whose layout calls connection()) read through the same data cache. The response is kept in Next's data cache
 * for STOREFRONT_CACHE_SECONDS (0 turns caching off) under the given tags (lib/shared/cache-tags.ts:
 * name every thing the answer shows, so the backend's revalidation reaches it), keyed also by the
 * campaigns' price epoch (a header, which Next puts in the cache key): when a 특판전 starts or
 * ends, or one is published, edited or taken down, the key changes and no cached answer with an
 * old price is served — not even once as a stale-while-revalidate answer (docs/campaigns.md).
 */
export async function storeGet<T>(
  path: string,
  query: Record<string, unknown>,
  tags: string | string[]
): Promise<T> {
  const seconds = cacheSeconds()
  const epoch = seconds > 0 ? (await getCampaignOverview()).price_epoch : "off"
  return getSdk().client.fetch<T>(path, {
    method: "GET",
    query,
    headers: { "x-jahwal-price-epoch": epoch },
    ...(seconds > 0
      ? { next: { revalidate: seconds, tags: [tags].flat() } }
      : { cache: "no-store" as const }),
  })
}

function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && "status" in error && error.status === 404
}

/** Like storeGet, but a 404 from the backend (unknown handle) is null instead of an error. */
export async function storeGetOrNull<T>(
  path: string,
  query: Record<string, unknown>,
  tags: string | string[]
): Promise<T | null> {
  try {
    return await storeGet<T>(path, query, tags)
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
}
