import { availableParallelism } from "node:os"
import { fileURLToPath } from "node:url"

/**
 * How many storefront processes (server/serve.mjs) serve the storefront: STOREFRONT_WORKERS, or by
 * default one per core up to 2 (measured on the 2-core machine: docs/performance.md "Two
 * storefront workers"). 1 runs server/serve.mjs alone, without server/cluster.mjs.
 */
export function storefrontWorkers(env = process.env) {
  const raw = env.STOREFRONT_WORKERS
  if (raw === undefined || raw === "") return Math.min(2, availableParallelism())
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new Error(`STOREFRONT_WORKERS는 1에서 16 사이의 정수여야 합니다: ${raw}`)
  return n
}

/**
 * The longest a worker keeps a whole cached page answer in front of Next
 * (server/response-cache.mjs): STOREFRONT_RESPONSE_CACHE_SECONDS, default 5; 0 turns it off.
 * Short on purpose: every revalidation empties it anyway, so this only adds to what Next's own
 * TTL bounds (a change no event reported).
 */
export function responseCacheSeconds(env = process.env) {
  const raw = env.STOREFRONT_RESPONSE_CACHE_SECONDS
  if (raw === undefined || raw === "") return 5
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0 || n > 3600) {
    throw new Error(`STOREFRONT_RESPONSE_CACHE_SECONDS는 0에서 3600 사이의 정수(초)여야 합니다: ${raw}`)
  }
  return n
}

/** The command that starts the production storefront on `port` (cwd: storefront/). */
export function storefrontStartCommand({ port, host, env = process.env }) {
  const args = ["start", "-p", String(port), ...(host ? ["-H", host] : [])]
  const script = storefrontWorkers(env) === 1 ? "./serve.mjs" : "./cluster.mjs"
  return { command: process.execPath, args: [fileURLToPath(new URL(script, import.meta.url)), ...args] }
}
