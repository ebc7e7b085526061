import type { ICacheService } from "@medusajs/framework/types"

/**
 * The catalog version: one token in Medusa's cache module (in-memory, or Redis with REDIS_URL,
 * so the API server sees a bump made by a worker's subscriber). Every cached answer is keyed
 * by it; a new token makes every older answer unreachable at once, in every process.
 */
const VERSION_KEY = "jahwal:store-cache:version"

// The in-memory module expires a key with setTimeout, which fires at once past 24.8 days:
// a week is safe there. An expired (or lost) token only means one round of misses.
const VERSION_TTL_SECONDS = 7 * 24 * 60 * 60

function newVersion(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
}

export async function catalogVersion(cache: ICacheService): Promise<string> {
  const current = await cache.get<string>(VERSION_KEY)
  if (current) return current
  const fresh = newVersion()
  await cache.set(VERSION_KEY, fresh, VERSION_TTL_SECONDS)
  return fresh
}

type Logger = { warn: (message: string) => void }

/**
 * Something the Store API shows changed. Never throws: the change is already saved, and a
 * failed bump is bounded by JAHWAL_STORE_CACHE_SECONDS — failing the caller would not undo it.
 */
export async function bumpCatalogVersion(cache: ICacheService, logger: Logger): Promise<string | null> {
  const fresh = newVersion()
  try {
    await cache.set(VERSION_KEY, fresh, VERSION_TTL_SECONDS)
    return fresh
  } catch (error) {
    logger.warn(`스토어 API 응답 캐시를 비우지 못했습니다: ${error instanceof Error ? error.message : String(error)}. 캐시 유효 시간이 지나면 새 내용이 보입니다.`)
    return null
  }
}
