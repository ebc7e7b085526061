import Redis from "ioredis"
import { afterAll, describe, expect, it } from "vitest"
import { closeRateLimitConnections, createMissCounter } from "../../backend/lib/security/rate-limit"

/**
 * The miss counters behind the order-lookup limits, on the store the backend would use: process
 * memory, or Redis when REDIS_URL is set (CI runs this file both ways). No Medusa needed.
 */
const redisUrl = process.env.REDIS_URL || undefined
const prefix = `rate-limit-test-${process.pid}-${Date.now()}`

afterAll(() => closeRateLimitConnections())

describe(`miss counter (${redisUrl ? "Redis" : "memory"} store)`, () => {
  const counter = (name: string, limit: number, windowSeconds = 60) =>
    createMissCounter({ name, limit, windowSeconds, storePrefix: prefix, redisUrl })

  it("counts misses per key up to its limit, and keeps keys apart", async () => {
    const misses = counter("count", 3)
    expect(misses.store).toBe(redisUrl ? "redis" : "memory")
    expect(await misses.misses("a")).toBe(0)
    expect(await misses.recordMiss("a")).toBe(1)
    await misses.recordMiss("a")
    expect(await misses.isExhausted("a")).toBe(false)
    expect(await misses.recordMiss("a")).toBe(3)
    expect(await misses.isExhausted("a")).toBe(true)
    expect(await misses.isExhausted("b")).toBe(false)
    const left = await misses.secondsLeft("a")
    expect(left).toBeGreaterThan(0)
    expect(left).toBeLessThanOrEqual(60)
    if (redisUrl) {
      // really in Redis (not the in-memory fallback the limiter keeps for a Redis outage)
      const redis = new Redis(redisUrl)
      try {
        expect(Number(await redis.get(`jahwal:${prefix}:count:a`))).toBe(3)
      } finally {
        redis.disconnect()
      }
    }
  })

  it("10,001 misses on other keys free nothing (no eviction, unlike the 10,000-entry map of before)", { timeout: 300_000 }, async () => {
    const misses = counter("flood", 1)
    await misses.recordMiss("contested")
    for (let start = 0; start < 10_001; start += 500) {
      await Promise.all(Array.from({ length: Math.min(500, 10_001 - start) }, (_, k) => misses.recordMiss(`unknown-${start + k}`)))
    }
    expect(await misses.isExhausted("contested")).toBe(true)
    expect(await misses.misses("unknown-10000")).toBe(1)
  })

  it("a window ends: the key starts again from zero", { timeout: 30_000 }, async () => {
    const misses = counter("window", 1, 1)
    await misses.recordMiss("k")
    expect(await misses.isExhausted("k")).toBe(true)
    // the store's own expiry (1 s window); polled, not a fixed sleep
    for (let i = 0; i < 100 && (await misses.isExhausted("k")); i++) await new Promise((r) => setTimeout(r, 100))
    expect(await misses.misses("k")).toBe(0)
  })
})
