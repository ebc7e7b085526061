// Medusa loads medusa-config.ts and backend/ with Node's require, outside Vite's transform:
// register a transpile-only TypeScript hook for those requires.
import { register } from "ts-node"
import { inject } from "vitest"

const key = Symbol.for("jahwal.ts-node-registered")
const registry = globalThis as unknown as Record<symbol, boolean>
if (!registry[key]) {
  register({ transpileOnly: true, swc: true, project: "tsconfig.json" })
  registry[key] = true
}

// Database settings from tests/setup/global-db.mts, read by Medusa's test utilities.
Object.assign(process.env, inject("testDatabaseEnv"))
