import InMemoryCacheService from "@medusajs/cache-inmemory/dist/services/inmemory-cache"
import { describe, expect, it } from "vitest"
import { cacheKey, isCachedPath, isSearchPath, namesVisitor, pathAndSortedQuery, pathOf } from "../../backend/lib/store-cache/cache-key"
import { CampaignBoundaries, windowAt } from "../../backend/lib/store-cache/campaign-window"
import { bumpCatalogVersion, catalogVersion } from "../../backend/lib/store-cache/catalog-version"
import { AnswerCache } from "../../backend/lib/store-cache/entries"
import { InFlight } from "../../backend/lib/store-cache/in-flight"
import { storeCacheOn, storeCacheSeconds } from "../../backend/lib/store-cache/settings"

const base = { method: "GET", headers: { "x-publishable-api-key": "pk_1" }, version: "v1", liveEpoch: 0 }

describe("store response cache: which requests", () => {
  it("caches the storefront's public catalog reads", () => {
    for (const path of [
      "/store/products", "/store/products/prod_1", "/store/product-categories", "/store/product-categories/pcat_1",
      "/store/collections", "/store/regions", "/store/regions/reg_1", "/store/makers", "/store/makers/naechingu",
      "/store/brands", "/store/brands/sosodream", "/store/campaigns", "/store/campaigns/gajeong", "/store/search", "/store/search/suggest",
    ]) expect(isCachedPath(path), path).toBe(true)
  })

  it("never a cart, an order, a customer or a product's sub-resource", () => {
    for (const path of ["/store/carts/cart_1", "/store/orders", "/store/customers/me", "/store/products/prod_1/composition", "/store/order-lookup", "/store/shipping-options", "/store/productsx"]) {
      expect(isCachedPath(path), path).toBe(false)
    }
  })

  it("keys search reads by the search index too", () => {
    expect(isSearchPath("/store/search")).toBe(true)
    expect(isSearchPath("/store/search/suggest")).toBe(true)
    expect(isSearchPath("/store/products")).toBe(false)
  })

  it("never for a visitor who is named: a bearer token, a session cookie, a customer", () => {
    expect(namesVisitor({})).toBe(false)
    expect(namesVisitor({ cookie: "_ga=1; theme=dark" })).toBe(false)
    expect(namesVisitor({ authorization: "Bearer abc" })).toBe(true)
    expect(namesVisitor({ cookie: "_ga=1; connect.sid=s%3Aabc" })).toBe(true)
    expect(namesVisitor({ cookie: "connect.sid=s%3Aabc" })).toBe(true)
    expect(namesVisitor({ cookie: "my_connect.sid=1" })).toBe(false)
    expect(namesVisitor({}, "cus_1")).toBe(true)
  })
})

describe("store response cache: the key", () => {
  it("is the same whatever the order of the query's names, and keeps the order of one name's values", () => {
    const a = cacheKey({ ...base, url: "/store/products?region_id=reg_1&fields=id,title&limit=8" })
    const b = cacheKey({ ...base, url: "/store/products?limit=8&fields=id%2Ctitle&region_id=reg_1" })
    expect(a).toBe(b)
    expect(pathAndSortedQuery("/store/products?order=b&id=2&order=a&id=1").query).toBe("id=2&id=1&order=b&order=a")
    expect(pathOf("/store/products?order=b&id=2")).toBe("/store/products")
    expect(pathOf("/store/campaigns")).toBe("/store/campaigns")
    expect(cacheKey({ ...base, url: "/store/products?id=1&id=2" })).not.toBe(cacheKey({ ...base, url: "/store/products?id=2&id=1" }))
  })

  it("differs by path, query, method, publishable key, price epoch, locale, catalog version and campaign window", () => {
    const url = "/store/products?limit=8"
    const keys = [
      cacheKey({ ...base, url }),
      cacheKey({ ...base, url: "/store/products?limit=9" }),
      cacheKey({ ...base, url: "/store/products/prod_1?limit=8" }),
      cacheKey({ ...base, url, method: "HEAD" }),
      cacheKey({ ...base, url, headers: { "x-publishable-api-key": "pk_2" } }),
      cacheKey({ ...base, url, headers: { ...base.headers, "x-jahwal-price-epoch": "2026-12-01T00:00:00.000Z" } }),
      cacheKey({ ...base, url, headers: { ...base.headers, "x-medusa-locale": "en-US" } }),
      cacheKey({ ...base, url, version: "v2" }),
      cacheKey({ ...base, url, liveEpoch: 1_700_000_000_000 }),
      cacheKey({ ...base, url, indexVersion: "42" }),
    ]
    expect(new Set(keys).size).toBe(keys.length)
  })

  it("ignores headers that do not change the answer", () => {
    const url = "/store/regions"
    expect(cacheKey({ ...base, url, headers: { ...base.headers, "user-agent": "a", "x-request-id": "1" } })).toBe(cacheKey({ ...base, url }))
  })
})

describe("store response cache: campaign windows", () => {
  const t = (iso: string) => new Date(iso).getTime()
  const boundaries = [t("2026-12-01T01:00:00Z"), t("2026-12-01T08:00:00Z"), t("2026-12-05T01:00:00Z"), t("2026-12-05T08:00:00Z")]

  it("the epoch is the last boundary passed, next the one to come", () => {
    expect(windowAt(boundaries, t("2026-11-30T00:00:00Z"))).toEqual({ epoch: 0, next: boundaries[0] })
    expect(windowAt(boundaries, t("2026-12-01T03:00:00Z"))).toEqual({ epoch: boundaries[0], next: boundaries[1] })
    expect(windowAt(boundaries, t("2026-12-06T00:00:00Z"))).toEqual({ epoch: boundaries[3], next: null })
  })

  it("turns exactly at a boundary (a window opens at its starts_at)", () => {
    expect(windowAt(boundaries, boundaries[0] - 1).epoch).toBe(0)
    expect(windowAt(boundaries, boundaries[0]).epoch).toBe(boundaries[0])
  })

  it("loads the boundaries once per catalog version, also for requests at the same time, and again after a failure", async () => {
    const memo = new CampaignBoundaries()
    let loads = 0
    const load = async () => {
      loads++
      return [1, 2]
    }
    await Promise.all([memo.get("v1", load), memo.get("v1", load), memo.get("v1", load)])
    expect(loads).toBe(1)
    await memo.get("v2", load)
    expect(loads).toBe(2)
    await expect(memo.get("v3", async () => Promise.reject(new Error("db down")))).rejects.toThrow("db down")
    expect(await memo.get("v3", load)).toEqual([1, 2])
  })
})

describe("store response cache: answers and coalescing", () => {
  const answer = (text: string, expiresAt = Date.now() + 60_000) => ({ body: Buffer.from(text), contentType: "application/json", expiresAt })

  it("drops the least recently used answer past the count bound", () => {
    const cache = new AnswerCache(2, 1_000)
    cache.set("a", answer("1"))
    cache.set("b", answer("2"))
    expect(cache.get("a")?.body.toString()).toBe("1")
    cache.set("c", answer("3"))
    expect(cache.get("b")).toBeUndefined()
    expect(cache.get("a")).toBeDefined()
    expect(cache.get("c")).toBeDefined()
  })

  it("keeps the bytes under the bound and never keeps an answer larger than it", () => {
    const cache = new AnswerCache(100, 10)
    cache.set("a", answer("12345"))
    cache.set("b", answer("12345"))
    cache.set("c", answer("1"))
    expect(cache.get("a")).toBeUndefined()
    expect(cache.totalBytes).toBe(6)
    cache.set("big", answer("12345678901"))
    expect(cache.get("big")).toBeUndefined()
    expect(cache.size).toBe(2)
  })

  it("an expired answer is gone", () => {
    const cache = new AnswerCache(10, 1_000)
    cache.set("a", answer("1", 1_000))
    expect(cache.get("a", 999)).toBeDefined()
    expect(cache.get("a", 1_000)).toBeUndefined()
    expect(cache.size).toBe(0)
  })

  it("concurrent misses of one key share one computation; another key computes its own", async () => {
    const inFlight = new InFlight<string | null>()
    let computed = 0
    async function read(key: string): Promise<string | null> {
      const pending = inFlight.wait(key)
      if (pending) return pending
      const settle = inFlight.start(key)
      computed++
      await new Promise((r) => setTimeout(r, 20))
      const value = `answer of ${key}`
      settle(value)
      return value
    }
    const results = await Promise.all([...Array(50)].map(() => read("k1")).concat(read("k2")))
    expect(computed).toBe(2)
    expect(results.filter((r) => r === "answer of k1")).toHaveLength(50)
    expect(inFlight.size).toBe(0)
    await read("k1")
    expect(computed).toBe(3)
  })

  it("a settled key is settled once; waiters see the first value", async () => {
    const inFlight = new InFlight<number>()
    const settle = inFlight.start("k")
    const waiting = inFlight.wait("k")!
    settle(1)
    settle(2)
    expect(await waiting).toBe(1)
    expect(inFlight.wait("k")).toBeUndefined()
  })
})

describe("store response cache: the catalog version (Medusa's in-memory cache module)", () => {
  const logger = { warn: () => undefined }

  it("is stable until bumped, and every bump is new", async () => {
    const cache = new InMemoryCacheService({})
    const v1 = await catalogVersion(cache)
    expect(await catalogVersion(cache)).toBe(v1)
    const v2 = await bumpCatalogVersion(cache, logger)
    expect(v2).not.toBe(v1)
    expect(await catalogVersion(cache)).toBe(v2)
    expect(await bumpCatalogVersion(cache, logger)).not.toBe(v2)
  })

  it("a lost version is replaced by a new one (only misses follow)", async () => {
    const cache = new InMemoryCacheService({})
    const v1 = await catalogVersion(cache)
    await cache.clear()
    expect(await catalogVersion(cache)).not.toBe(v1)
  })

  it("a bump that cannot be written warns and does not throw", async () => {
    const warnings: string[] = []
    const broken = Object.assign(new InMemoryCacheService({}), { set: async () => Promise.reject(new Error("redis down")) })
    expect(await bumpCatalogVersion(broken, { warn: (m) => warnings.push(m) })).toBeNull()
    expect(warnings[0]).toContain("redis down")
  })
})

describe("store response cache: switches", () => {
  it("on by default for 300 s; JAHWAL_STORE_CACHE=0 or 0 seconds turns it off", () => {
    expect(storeCacheOn({})).toBe(true)
    expect(storeCacheSeconds({})).toBe(300)
    expect(storeCacheOn({ JAHWAL_STORE_CACHE: "0" })).toBe(false)
    expect(storeCacheOn({ JAHWAL_STORE_CACHE_SECONDS: "0" })).toBe(false)
    expect(storeCacheSeconds({ JAHWAL_STORE_CACHE_SECONDS: "30" })).toBe(30)
    expect(storeCacheSeconds({ JAHWAL_STORE_CACHE_SECONDS: "soon" })).toBe(300)
  })
})
