// The Redis profile's locking provider (backend/modules/redis-locking) on a real Redis: a call
// locking several keys never waits for another call that waits for it, and a call that cannot get
// all its keys leaves none of them locked. Gift sets lock all their component inventory items at
// once (tests/integration/gift-sets.test.ts is the shop-level proof, also run on Redis).
import Redis from "ioredis"
import { afterAll, describe, expect, it } from "vitest"
import OrderedRedisLockingProvider from "../../backend/modules/redis-locking/service"
import { isolateRedis } from "../integration/utils/medusa-runner"

if (!process.env.REDIS_URL) throw new Error("tests/redis는 REDIS_URL이 필요합니다: npm run test:redis로 실행하세요.")

const redisUrl = isolateRedis()!
const prefix = `jahwal-lock-test-${process.pid}:`
const clients: Redis[] = []
/** One provider per simulated backend process, each with its own connection (as Medusa's loader makes). */
function provider(options: Record<string, number> = {}) {
  const redisClient = new Redis(redisUrl)
  clients.push(redisClient)
  const deps = { redisClient, prefix } as unknown as ConstructorParameters<typeof OrderedRedisLockingProvider>[0]
  return new OrderedRedisLockingProvider(deps, options)
}
const held = async () => (await clients[0].keys(`${prefix}*`)).map((k) => k.slice(prefix.length)).sort()
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

afterAll(() => clients.forEach((c) => c.disconnect()))

describe("locking several keys on Redis", () => {
  it("many calls over overlapping key sets, in any order, all run, one at a time per key", { timeout: 120_000 }, async () => {
    const processes = [provider(), provider(), provider()]
    const sets = [["a", "b", "c"], ["c", "b", "a"], ["b", "a"], ["a", "c"], ["c", "b"], ["b", "c", "a"]]
    const inside = new Map<string, number>()
    let overlaps = 0
    const runs = Array.from({ length: 24 }, (_, i) =>
      processes[i % processes.length].execute(
        sets[i % sets.length],
        async () => {
          const keys = sets[i % sets.length]
          if (keys.some((k) => inside.get(k))) overlaps++
          keys.forEach((k) => inside.set(k, (inside.get(k) ?? 0) + 1))
          await pause(20)
          keys.forEach((k) => inside.set(k, inside.get(k)! - 1))
          return i
        },
        { timeout: 60 }
      )
    )
    expect((await Promise.all(runs)).sort((x, y) => x - y)).toEqual(Array.from({ length: 24 }, (_, i) => i))
    expect(overlaps).toBe(0)
    expect(await held()).toEqual([])
  })

  it("a call that times out waiting for one key gives back the keys it took", { timeout: 60_000 }, async () => {
    const [holder, waiter] = [provider(), provider()]
    let release!: () => void
    const holding = holder.execute(["m"], () => new Promise<void>((r) => (release = r)))
    while (!(await held()).includes("m")) await pause(10)

    // "a" sorts before "m": taken first, then the wait for "m" times out
    await expect(waiter.execute(["m", "a"], async () => "ran", { timeout: 1 })).rejects.toThrow(/Timed-out acquiring lock/)
    // so "a" is free for the next call, well before its 60 s lease would end (the timed-out
    // acquisition unwinds at its next retry, after the rejection)
    expect(await waiter.execute(["a"], async () => "ran", { timeout: 20 })).toBe("ran")
    expect(await held()).toEqual(["m"])

    release()
    await holding
    expect(await held()).toEqual([])
  })

  it("a named owner re-entering a key it holds keeps it when its larger request fails", { timeout: 60_000 }, async () => {
    const [owner, other] = [provider(), provider()]
    await owner.acquire(["x"], { ownerId: "job-1", expire: 30 })
    await other.acquire(["z"], { ownerId: "job-2", expire: 30 })
    await expect(owner.acquire(["x", "z"], { ownerId: "job-1", expire: 30 })).rejects.toThrow(/Failed to acquire lock/)
    expect(await held()).toEqual(["x", "z"])
    await owner.release(["x"], { ownerId: "job-1" })
    await other.release(["z"], { ownerId: "job-2" })
    expect(await held()).toEqual([])
  })
})
