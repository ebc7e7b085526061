import { defineConfig } from "vitest/config"
import base from "./vitest.config.mts"

// The Redis profile (`npm run test:redis`, which starts redis-server and sets REDIS_URL): event
// bus, cache, workflow engine and locking on Redis. The suites that exercise events, workflows,
// scheduled jobs, locks and checkout races run again on it, plus tests/redis/ (worker mode).
export const REDIS_SUITES = [
  "tests/redis/**/*.test.ts",
  "tests/integration/checkout-integrity.test.ts", // locks: last unit, same cart twice at once
  // not yet: tests/integration/gift-sets.test.ts fails on Redis (CI 2026-12-01): with Redis
  // locking, concurrent checkouts of a set (and one later checkout of a multi-maker set) answer
  // 409 on cart completion and fewer orders than the stock allows are placed. Under-selling, never
  // overselling, but a real Redis-profile defect: open in issue #15 (docs/operations.md).
  "tests/integration/bank-transfer.test.ts", // the overdue-payment job's workflow
  "tests/integration/search.test.ts", // index sync through subscribers
  // not yet: tests/integration/order-access.test.ts waits 5 s for the order-placed mail, which on
  // Redis is handled asynchronously and may land after the runner's database snapshot (then the
  // restore before the next test removes it); the order-lookup limiter moves to Redis separately
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
