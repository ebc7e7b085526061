import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible"

/**
 * Counters of failed attempts ("misses") over a fixed window, by key — the one place the backend
 * builds rate limiters (rate-limiter-flexible). In process memory by default; in Redis when
 * REDIS_URL is set, so every backend instance counts together. A miss only ever adds to its own
 * key: nothing is evicted, so many misses on other keys never free a counted one.
 */
export type MissCounterOptions = {
  /** e.g. "order-lookup:address"; the store prefix (see `storePrefix`) is added in front */
  name: string
  /** how many misses a key may have in the window */
  limit: number
  windowSeconds: number
  /**
   * Namespace of this shop's keys in a shared Redis: the database name, so two shops (or two test
   * databases) on one Redis never count each other's order numbers.
   */
  storePrefix?: string
  /** REDIS_URL; undefined = process memory */
  redisUrl?: string
}

export type MissCounter = {
  readonly store: "memory" | "redis"
  readonly limit: number
  /** misses of this key in its current window */
  misses(key: string): Promise<number>
  /** the key has used up its misses for the window */
  isExhausted(key: string): Promise<boolean>
  /** counts one miss; returns the misses now in the window */
  recordMiss(key: string): Promise<number>
  /** seconds until the key's window ends (0 when it has none) */
  secondsLeft(key: string): Promise<number>
}

const redisClients = new Map<string, Redis>()

/**
 * One client per URL and process. The offline queue is kept (commands wait for the connection at
 * start-up) but a command fails after a couple of reconnect attempts, and the limiter then falls
 * back to its in-memory insurance limiter instead of hanging the request.
 */
function redisClient(url: string): Redis {
  let client = redisClients.get(url)
  if (!client) {
    client = new Redis(url, { maxRetriesPerRequest: 2, connectionName: "jahwal-rate-limit" })
    // errors surface through the commands (and the insurance limiter); an unhandled 'error' event would crash
    client.on("error", () => undefined)
    redisClients.set(url, client)
  }
  return client
}

export async function closeRateLimitConnections(): Promise<void> {
  const clients = [...redisClients.values()]
  redisClients.clear()
  await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())))
}

export function createMissCounter(options: MissCounterOptions): MissCounter {
  const keyPrefix = `jahwal:${options.storePrefix ? `${options.storePrefix}:` : ""}${options.name}`
  const base = { keyPrefix, points: options.limit, duration: options.windowSeconds }
  const limiter: RateLimiterAbstract = options.redisUrl
    ? new RateLimiterRedis({
        ...base,
        storeClient: redisClient(options.redisUrl),
        insuranceLimiter: new RateLimiterMemory(base),
      })
    : new RateLimiterMemory(base)

  const misses = async (key: string) => (await limiter.get(key))?.consumedPoints ?? 0
  return {
    store: options.redisUrl ? "redis" : "memory",
    limit: options.limit,
    misses,
    isExhausted: async (key) => (await misses(key)) >= options.limit,
    // penalty() counts without rejecting and keeps the window's end (a fixed window, not a sliding one)
    recordMiss: async (key) => (await limiter.penalty(key, 1)).consumedPoints,
    secondsLeft: async (key) => Math.ceil(((await limiter.get(key))?.msBeforeNext ?? 0) / 1000),
  }
}
