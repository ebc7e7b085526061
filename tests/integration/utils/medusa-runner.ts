import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * Medusa's integration runner with a database of its own per test file, so files can run in
 * parallel threads on the shared embedded PostgreSQL.
 */
export function runMedusa(file: string, testSuite: RunnerOptions["testSuite"], extra: Partial<RunnerOptions> = {}) {
  // Medusa's runner applies `env` only after it has loaded medusa-config.ts, which reads its
  // switches (e.g. STRIPE_API_KEY) at load time: set them first. Each test file runs in its own
  // worker, whose process.env is its own copy.
  Object.assign(process.env, extra.env ?? {})
  const name = path.basename(file).replace(/\.test\.ts$/, "").replace(/[^a-z0-9]+/gi, "_").toLowerCase()
  return medusaIntegrationTestRunner({
    dbName: `jahwal_test_${name}_${process.pid}`,
    cwd: path.resolve(__dirname, "../../.."),
    testSuite,
    ...extra,
    env: { MEDUSA_DISABLE_TELEMETRY: "true", ...extra.env },
  })
}
