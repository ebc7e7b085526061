// The Redis profile is really on Redis: with REDIS_URL the event bus, cache, workflow engine and
// locking of the booted app write to that server (not to in-memory stand-ins).
import { Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { afterAll, describe, expect, it } from "vitest"
import { runMedusa } from "../integration/utils/medusa-runner"

if (!process.env.REDIS_URL) throw new Error("tests/redis는 REDIS_URL이 필요합니다: npm run test:redis로 실행하세요.")

runMedusa(__filename, ({ getContainer }) => {
  // runMedusa gave this file its own Redis database (REDIS_URL now names it)
  const redis = new Redis(process.env.REDIS_URL!)
  afterAll(() => redis.disconnect())
  const keys = (pattern: string) => redis.keys(pattern)

  describe("with REDIS_URL", () => {
    it("loads Medusa's Redis modules", () => {
      expect(getContainer().resolve(Modules.EVENT_BUS).constructor.name).toBe("RedisEventBusService")
      expect(getContainer().resolve(Modules.CACHE).constructor.name).toBe("RedisCacheService")
    })

    it("caches in Redis", async () => {
      await getContainer().resolve(Modules.CACHE).set("jahwal-probe", { ok: true }, 60)
      expect(await keys("*jahwal-probe*")).not.toEqual([])
    })

    it("holds locks in Redis", async () => {
      const locking = getContainer().resolve(Modules.LOCKING)
      const held = await locking.execute("jahwal-probe-lock", async () => keys("*jahwal-probe-lock*"))
      expect(held).not.toEqual([])
      expect(await keys("*jahwal-probe-lock*")).toEqual([])
    })

    it("delivers events through a Redis queue (BullMQ) to their subscribers", async () => {
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const received = new Promise<unknown>((resolve) =>
        eventBus.subscribe("jahwal.probe", async (event: { data: unknown }) => resolve(event.data), { subscriberId: "jahwal-probe" })
      )
      await eventBus.emit({ name: "jahwal.probe", data: { id: "probe" } })
      expect(await received).toEqual({ id: "probe" })
      expect(await keys("RedisEventBusService:events-queue:*")).not.toEqual([])
    })

    it("keeps the workflow engine's queues in Redis", async () => {
      expect(await keys("bull:medusa-workflows*")).not.toEqual([])
    })
  })
})
