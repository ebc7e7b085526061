import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Redis from "ioredis"
import path from "node:path"
import { beforeAll } from "vitest"
import { onServer } from "../../setup/server-sql"
import { seededTemplate } from "./seeded-database"

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
 * parallel threads on the shared embedded PostgreSQL. The database is a copy of the run's seeded
 * template (the whole seed, tests/setup/seeded-template.ts), so a file's seedAll finds it done;
 * `seeded: false` gives a file the migrated empty one instead (e.g. to test seeding itself).
 */
export function runMedusa(
  file: string,
  testSuite: RunnerOptions["testSuite"],
  { seeded = true, ...extra }: Partial<RunnerOptions> & { seeded?: boolean } = {}
) {
  // Medusa's runner applies `env` only after it has loaded medusa-config.ts, which reads its
  // switches (e.g. STRIPE_API_KEY, REDIS_URL) at load time: set them first. Each test file runs
  // in its own worker, whose process.env is its own copy.
  Object.assign(process.env, extra.env ?? {})
  isolateRedis()
  const name = path.basename(file).replace(/\.test\.ts$/, "").replace(/[^a-z0-9]+/gi, "_").toLowerCase()
  const dbName = `jahwal_test_${name}_${process.pid}`
  if (process.env.JAHWAL_TEST_TEMPLATE_DB) skipMigratingCopies()
  return medusaIntegrationTestRunner({
    dbName,
    cwd: path.resolve(__dirname, "../../.."),
    testSuite,
    ...extra,
    hooks: {
      ...extra.hooks,
      beforeServerStart: async (container) => {
        await copyTemplate(dbName, (seeded && (await seededTemplate())) || process.env.JAHWAL_TEST_TEMPLATE_DB)
        await extra.hooks?.beforeServerStart?.(container)
      },
    },
    env: { MEDUSA_DISABLE_TELEMETRY: "true", ...extra.env },
  })
}

/**
 * Creates the file's database as a copy of one of the run's templates (tests/setup/global-db.mts),
 * before Medusa's runner would create an empty one and migrate it: its migrate-and-sync then finds
 * nothing to do. Without a template (a run that did not make one) the runner migrates as before.
 */
async function copyTemplate(dbName: string, template: string | undefined) {
  if (!template) return
  await onServer([`DROP DATABASE IF EXISTS "${dbName}"`, `CREATE DATABASE "${dbName}" TEMPLATE "${template}"`])
}

/**
 * A copy of the migrated template holds every migration already: Medusa's runner would still
 * spend about 4 s (idle machine) to 12 s (loaded) per file reading every module's migrations to
 * find none pending. The runner calls the helper through its module's exports, so replacing it
 * there skips that check. The template is built with the run's env (tests/setup/global-db.mts);
 * files' own env (Stripe, Meilisearch keys) only sets provider options, which have no tables.
 * The link sync still runs (it also loads the link definitions the app needs).
 */
function skipMigratingCopies() {
  const useDb = require("@medusajs/test-utils/dist/medusa-test-runner-utils/use-db") as { migrateDatabase: () => Promise<void> }
  useDb.migrateDatabase = async () => {}
}
