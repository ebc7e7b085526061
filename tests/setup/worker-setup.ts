// Medusa loads medusa-config.ts and backend/ with Node's require, outside Vite's transform:
// register a TypeScript hook for those requires. Sucrase only strips types and rewrites imports
// (no type check, like ts-node's transpile-only), in plain JavaScript: some 4 s faster per test
// file's Medusa boot than ts-node with TypeScript, and unlike ts-node's SWC mode no native addon,
// which crashed a worker thread on exit (segmentation fault) here.
// (sucrase/register/ts, the documented entry, registers on import; the function form lets the guard
// below keep it to once per worker)
import { registerTS } from "sucrase/dist/register"
import { inject } from "vitest"

const key = Symbol.for("jahwal.ts-hook-registered")
const registry = globalThis as unknown as Record<symbol, boolean>
if (!registry[key]) {
  registerTS()
  registry[key] = true
}

// Database settings from tests/setup/global-db.mts, read by Medusa's test utilities.
Object.assign(process.env, inject("testDatabaseEnv"))
