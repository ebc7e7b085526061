import { execFile } from "node:child_process"
import path from "node:path"
import { promisify } from "node:util"
import { withServer } from "../../setup/server-sql"

const ROOT = path.resolve(__dirname, "../../..")
/** pg_advisory_lock key: one builder of the seeded template per test run, the others wait */
const BUILD_LOCK = 7_401_202

/**
 * The run's seeded template (tests/setup/seeded-template.ts), built by the first file that asks
 * for it while the others wait on an advisory lock; then every file copies it. Undefined when the
 * run has no migrated template to seed from. Runs that need no seeded file never build it.
 */
export async function seededTemplate(): Promise<string | undefined> {
  const migrated = process.env.JAHWAL_TEST_TEMPLATE_DB
  const seeded = process.env.JAHWAL_TEST_SEEDED_DB
  if (!migrated || !seeded) return undefined
  return withServer(async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [BUILD_LOCK])
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [seeded])
    if (!rowCount) await build(migrated, seeded)
    return seeded
  }) // the session ends there, which releases the lock
}

async function build(migrated: string, seeded: string) {
  const started = Date.now()
  await promisify(execFile)(process.execPath, ["-r", "ts-node/register/transpile-only", "tests/setup/seeded-template.ts", migrated, seeded], {
    cwd: ROOT,
    env: {
      ...process.env,
      TS_NODE_PROJECT: "tsconfig.json",
      JAHWAL_LOCAL_SHOP: "1",
      LOG_LEVEL: "error",
      MEDUSA_DISABLE_TELEMETRY: "true",
      // the seed is the same data with or without Redis; on the in-memory modules no event or job
      // of the seeding process is left queued in the Redis the test files share
      REDIS_URL: "",
    },
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  console.log(`seeded template database ${seeded} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
