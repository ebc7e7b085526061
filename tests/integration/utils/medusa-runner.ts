import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Redis from "ioredis"
import path from "node:path"
import { beforeAll } from "vitest"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * With REDIS_URL (the Redis run, `npm run test:redis`), each test worker uses its own Redis
 * database, emptied before the file starts: queued events, scheduled jobs and locks of an
 * earlier file (whose database is gone) must not reach this one. Returns that database's URL
 * (also set as REDIS_URL), or undefined without Redis.
 */
export function isolateRedis(): string | undefined {
  const base = process.env.REDIS_URL
  if (!base) return undefined
  const url = new URL(base)
  url.pathname = `/${Number(process.env.VITEST_POOL_ID || 1)}`
  process.env.REDIS_URL = url.toString()
  beforeAll(async () => {
    const redis = new Redis(url.toString(), { lazyConnect: true, maxRetriesPerRequest: 1 })
    try {
      await redis.connect()
      await redis.flushdb()
    } finally {
      redis.disconnect()
    }
  })
  return url.toString()
}

/**
 * Medusa's integration runner with a database of its own per test file, so files can run in
 * parallel threads on the shared embedded PostgreSQL.
 */
export function runMedusa(file: string, testSuite: RunnerOptions["testSuite"], extra: Partial<RunnerOptions> = {}) {
  // Medusa's runner applies `env` only after it has loaded medusa-config.ts, which reads its
  // switches (e.g. STRIPE_API_KEY, REDIS_URL) at load time: set them first. Each test file runs
  // in its own worker, whose process.env is its own copy.
  Object.assign(process.env, extra.env ?? {})
  isolateRedis()
  const name = path.basename(file).replace(/\.test\.ts$/, "").replace(/[^a-z0-9]+/gi, "_").toLowerCase()
  return medusaIntegrationTestRunner({
    dbName: `jahwal_test_${name}_${process.pid}`,
    cwd: path.resolve(__dirname, "../../.."),
    testSuite,
    ...extra,
    env: { MEDUSA_DISABLE_TELEMETRY: "true", ...extra.env },
  })
}
