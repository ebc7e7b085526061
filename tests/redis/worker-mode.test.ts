// JAHWAL_WORKERS=1 with REDIS_URL: `npm start` runs one HTTP server (workerMode server) and one
// worker (workerMode worker). Subscribers and scheduled jobs run in the worker only, each event
// and each due order handled exactly once; the server answers the API.
import axios, { AxiosRequestConfig } from "axios"
import Redis from "ioredis"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { afterAll, describe, expect, it } from "vitest"
import { BANK_TRANSFER_PROVIDER_ID } from "../../backend/workflows/bank-transfer/overdue"
import { completeCart, prepareCart } from "../integration/utils/checkout"
import { alive, descendants, describePids, Shop, shopEnv, startShop, stopShop } from "../integration/utils/launcher"
import { isolateRedis } from "../integration/utils/medusa-runner"
import { freePort } from "../setup/free-port"

if (!process.env.REDIS_URL) throw new Error("tests/redis는 REDIS_URL이 필요합니다: npm run test:redis로 실행하세요.")

/** Lines of the launcher's output printed by one process (`[backend]`, `[worker-1]`). */
const linesOf = (output: string, label: string) => output.split("\n").filter((l) => l.startsWith(`[${label}] `))
const count = (lines: string[], ...parts: string[]) => lines.filter((l) => parts.every((p) => l.includes(p))).length

describe("npm start with JAHWAL_WORKERS=1 (server + worker on Redis)", () => {
  const redisUrl = isolateRedis()!
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "jahwal-workers-"))
  chmodSync(dataDir, 0o755)
  let running: Shop | undefined

  afterAll(async () => {
    await stopShop(running)
    rmSync(dataDir, { recursive: true, force: true })
  })

  it("refuses JAHWAL_WORKERS without REDIS_URL, in one clear line", async () => {
    const { env } = await shopEnv(dataDir, { JAHWAL_WORKERS: "1", REDIS_URL: "" })
    const shop = startShop(env)
    shop.ready.catch(() => {}) // it is meant to exit before
    expect(await shop.exited).toBe(1)
    expect(shop.output()).toContain("JAHWAL_WORKERS에는 REDIS_URL이 필요합니다")
  })

  it("runs the order.placed subscriber and the overdue-payment job once each, in the worker", async () => {
    const workerPort = await freePort()
    const { env, backendPort } = await shopEnv(dataDir, {
      JAHWAL_WORKERS: "1",
      JAHWAL_WORKER_PORT: String(workerPort),
      REDIS_URL: redisUrl,
      // every order is overdue at once, and the sweep runs every 5 seconds
      BANK_TRANSFER_DEADLINE_HOURS: "0",
      BANK_TRANSFER_SWEEP_SCHEDULE: "*/5 * * * * *",
      // the counts below read the processes' info lines (the test run itself logs errors only)
      LOG_LEVEL: "info",
    })
    running = startShop(env)
    await running.ready
    expect(running.output()).toContain("워커 1 시작 중")

    // the worker serves no API (worker mode), the server does
    expect((await fetch(`http://localhost:${workerPort}/health`)).status).toBe(200)
    expect((await fetch(`http://localhost:${workerPort}/store/regions`)).status).toBe(404)

    const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${env.JAHWAL_PG_PORT}/jahwal`
    const { findPublishableKey } = await import("../../scripts/lib/shop-db.mjs")
    const key = (await findPublishableKey(databaseUrl))!
    const http = axios.create({ baseURL: `http://localhost:${backendPort}` })
    const api = {
      get: (url: string, config?: unknown) => http.get(url, config as AxiosRequestConfig),
      post: (url: string, body?: unknown, config?: unknown) => http.post(url, body, config as AxiosRequestConfig),
    }
    const headers = { headers: { "x-publishable-api-key": key } }
    const { data: regions } = await api.get("/store/regions", headers)
    const { data: products } = await api.get("/store/products?handle=naechingu-gim-jaban&fields=*variants", headers)
    const variant = products.products[0].variants.find((v: { sku: string }) => v.sku === "NCG-JABAN-1")
    // the server's Store API response cache keeps its catalog version in Redis: the order's
    // reservation event, heard only by the worker, moves it, and the server's next read is a miss
    const stockUrl = "/store/products?handle=naechingu-gim-jaban&fields=id,+variants.inventory_quantity"
    const cacheOfStock = async () => (await api.get(stockUrl, headers)).headers["x-jahwal-cache"]
    await cacheOfStock()
    // a hit answered by the server's HTTP layer, before Express, with the version read from Redis
    // (polled: the worker's start-up events may still move the version, and a move means a miss)
    const cacheAndDoor = async () => {
      const res = await api.get(stockUrl, headers)
      return `${res.headers["x-jahwal-cache"]} ${res.headers["x-jahwal-cache-at"] ?? "express"}`
    }
    await expect.poll(cacheAndDoor, { timeout: 30_000, interval: 500 }).toBe("hit door")
    const redis = new Redis(redisUrl)
    const versionKey = "medusa:jahwal:store-cache:version"
    const versionBefore = await redis.get(versionKey)
    expect(versionBefore).toBeTruthy()
    const cartId = await prepareCart(api, key, regions.regions[0].id, [{ variant_id: variant.id, quantity: 1 }], BANK_TRANSFER_PROVIDER_ID)
    const order = await completeCart(api, key, cartId)
    try {
      await expect.poll(() => redis.get(versionKey), { timeout: 60_000, interval: 200 }).not.toBe(versionBefore)
    } finally {
      redis.disconnect()
    }
    expect(await cacheOfStock()).toBe("miss")

    // the sweep cancels the order (deadline 0 hours) on its next run
    const db = new pg.Client({ connectionString: databaseUrl })
    await db.connect()
    try {
      await expect
        .poll(async () => (await db.query(`select status from "order" where id = $1`, [order.id])).rows[0]?.status, {
          timeout: 300_000,
          interval: 1000,
        })
        .toBe("canceled")
    } finally {
      await db.end()
    }
    // (production logs are JSON lines: the provider's message quotes the data, so match the id alone)
    const notified = ["with template: 'order-placed'", order.id]
    const canceledLine = [`주문 ${order.id}을(를) 취소했습니다`]
    try {
      await expect.poll(() => count(linesOf(running!.output(), "worker-1"), ...notified), { timeout: 300_000 }).toBe(1)
    } catch (error) {
      const tail = running.output().split("\n").slice(-60).join("\n")
      throw new Error(`order-placed mail for ${order.id} not once in the worker's output (${(error as Error).message}); last lines:\n${tail}`)
    }

    // stop (this drains both processes), then count over everything they printed
    const tree = descendants(running.child.pid!)
    running.child.kill("SIGTERM")
    expect(await running.exited).toBe(143)
    expect(describePids(tree.filter(alive))).toEqual([])
    const output = running.output()
    const [server, worker] = [linesOf(output, "backend"), linesOf(output, "worker-1")]
    expect(server.length).toBeGreaterThan(0)
    expect({ server: count(server, ...notified), worker: count(worker, ...notified) }).toEqual({ server: 0, worker: 1 })
    expect({ server: count(server, ...canceledLine), worker: count(worker, ...canceledLine) }).toEqual({ server: 0, worker: 1 })
  }, 1_800_000)
})
