import os from "node:os"
import { describe, expect, it } from "vitest"

const workers = () => import("../../storefront/server/workers.mjs")

describe("how many processes serve the storefront (storefront/server/workers.mjs)", () => {
  it("is one per core up to two by default, or STOREFRONT_WORKERS", async () => {
    const { storefrontWorkers } = await workers()
    expect(storefrontWorkers({})).toBe(Math.min(2, os.availableParallelism()))
    expect(storefrontWorkers({ STOREFRONT_WORKERS: "" })).toBe(Math.min(2, os.availableParallelism()))
    expect(storefrontWorkers({ STOREFRONT_WORKERS: "3" })).toBe(3)
  })

  it("refuses what is not a whole number from 1 to 16, in Korean", async () => {
    const { storefrontWorkers } = await workers()
    for (const bad of ["0", "17", "1.5", "two", "-1"]) {
      expect(() => storefrontWorkers({ STOREFRONT_WORKERS: bad }), bad).toThrow("STOREFRONT_WORKERS는 1에서 16 사이의 정수여야 합니다")
    }
  })

  it("starts server/serve.mjs alone for one worker and the cluster primary for more", async () => {
    const { storefrontStartCommand } = await workers()
    const alone = storefrontStartCommand({ port: 8000, env: { STOREFRONT_WORKERS: "1" } })
    expect(alone.command).toBe(process.execPath)
    expect(alone.args[0]).toMatch(/storefront\/server\/serve\.mjs$/)
    expect(alone.args.slice(1)).toEqual(["start", "-p", "8000"])
    const cluster = storefrontStartCommand({ port: 8000, host: "127.0.0.1", env: { STOREFRONT_WORKERS: "2" } })
    expect(cluster.command).toBe(process.execPath)
    expect(cluster.args[0]).toMatch(/storefront\/server\/cluster\.mjs$/)
    expect(cluster.args.slice(1)).toEqual(["start", "-p", "8000", "-H", "127.0.0.1"])
  })

  it("keeps whole answers 5 s by default, STOREFRONT_RESPONSE_CACHE_SECONDS otherwise (0: off)", async () => {
    const { responseCacheSeconds } = await workers()
    expect(responseCacheSeconds({})).toBe(5)
    expect(responseCacheSeconds({ STOREFRONT_RESPONSE_CACHE_SECONDS: "" })).toBe(5)
    expect(responseCacheSeconds({ STOREFRONT_RESPONSE_CACHE_SECONDS: "0" })).toBe(0)
    expect(responseCacheSeconds({ STOREFRONT_RESPONSE_CACHE_SECONDS: "30" })).toBe(30)
    for (const bad of ["-1", "1.5", "soon", "3601"]) {
      expect(() => responseCacheSeconds({ STOREFRONT_RESPONSE_CACHE_SECONDS: bad }), bad).toThrow("STOREFRONT_RESPONSE_CACHE_SECONDS는 0에서 3600 사이의 정수(초)여야 합니다")
    }
  })
})
