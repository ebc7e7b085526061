import { defineConfig } from "vitest/config"
import base from "./vitest.config.mts"

// The Redis profile (`npm run test:redis`, which starts redis-server and sets REDIS_URL): event
// bus, cache, workflow engine and locking on Redis. The suites that exercise events, workflows,
// scheduled jobs, locks and checkout races run again on it, plus tests/redis/ (worker mode).
export const REDIS_SUITES = [
  "tests/redis/**/*.test.ts",
  "tests/integration/checkout-integrity.test.ts", // locks: last unit, same cart twice at once
  "tests/integration/gift-sets.test.ts", // kits: locks on several inventory items at once
  "tests/integration/bank-transfer.test.ts", // the overdue-payment job's workflow
  "tests/integration/search.test.ts", // index sync through subscribers
  // not yet: tests/integration/order-access.test.ts (order-placed mail, the order-lookup limiter
  // shared through Redis): a fix of its wait for the mail is on branch ops, not seen passing yet
  // (2026-12-01: every attempt hit the 300 s hook timeout while still seeding, load 22-31 on 2
  // cores). See docs/operations.md and #15.
  "tests/integration/checkout-flow.test.ts", // the whole flow, order.placed subscribers
  "tests/integration/rate-limit-store.test.ts", // the order-lookup miss counters on Redis (no Medusa)
]

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: REDIS_SUITES,
    exclude: ["**/node_modules/**"],
    // no storefront pages here (the worker-mode launcher builds the storefront itself if needed)
    globalSetup: ["tests/setup/global-db.mts"],
    // one file at a time: the files share one Redis server (each also empties its database)
    fileParallelism: false,
  },
})
