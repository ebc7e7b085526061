import os from "node:os"
import { describe, expect, it } from "vitest"

const workers = () => import("../../storefront/server/workers.mjs")

describe("how many next start processes serve the storefront (storefront/server/workers.mjs)", () => {
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

  it("starts a plain next start for one worker and the cluster primary for more", async () => {
    const { storefrontStartCommand } = await workers()
    expect(storefrontStartCommand({ port: 8000, env: { STOREFRONT_WORKERS: "1" }, nextBin: "/x/next" })).toEqual({ command: "/x/next", args: ["start", "-p", "8000"] })
    const cluster = storefrontStartCommand({ port: 8000, host: "127.0.0.1", env: { STOREFRONT_WORKERS: "2" }, nextBin: "/x/next" })
    expect(cluster.command).toBe(process.execPath)
    expect(cluster.args[0]).toMatch(/storefront\/server\/cluster\.mjs$/)
    expect(cluster.args.slice(1)).toEqual(["start", "-p", "8000", "-H", "127.0.0.1"])
  })
})
