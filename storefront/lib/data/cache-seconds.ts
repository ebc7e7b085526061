// No "server-only": proxy.ts reads it too.

/**
 * Long, because a change made through the admin or 판매자센터 does not wait for it: the backend
 * revalidates the tags of the affected reads at once (app/api/revalidate, docs/storefront.md
 * "캐시와 갱신"). The TTL only bounds what no event reports (a revalidation lost while the
 * storefront was down, a product's old handle), so it stays minutes, not hours.
 */
const DEFAULT_CACHE_SECONDS = 300

/** STOREFRONT_CACHE_SECONDS, or the default; 0 (or anything not a positive number) turns caching off. */
export function cacheSeconds(): number {
  const raw = process.env.STOREFRONT_CACHE_SECONDS
  const seconds = raw === undefined || raw === "" ? DEFAULT_CACHE_SECONDS : Number(raw)
  return Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0
}
