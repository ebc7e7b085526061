/**
 * The Store API response cache's switches, read per request (a process.env lookup) so a test or
 * an operator's restart sees them: JAHWAL_STORE_CACHE=0 turns it off (`npm run bench:load`'s
 * "caches off" pass), JAHWAL_STORE_CACHE_SECONDS bounds how long one answer is kept.
 */
export const DEFAULT_SECONDS = 300

export function storeCacheOn(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.JAHWAL_STORE_CACHE !== "0" && storeCacheSeconds(env) > 0
}

export function storeCacheSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.JAHWAL_STORE_CACHE_SECONDS?.trim()
  if (!raw) return DEFAULT_SECONDS
  const seconds = Number(raw)
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_SECONDS
}

/** Bounds of one process's entries: a crowd's working set is a few dozen answers. */
export const MAX_ENTRIES = 500
export const MAX_BYTES = 50 * 1024 * 1024
