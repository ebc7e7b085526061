import { defineConfig } from "vitest/config"

// One runner for everything: unit tests, integration tests that boot Medusa on a real embedded
// PostgreSQL (tests/setup/global-db.mts), and storefront pages rendered against that backend.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "backend/**/*.test.ts", "seed/**/*.test.ts"],
    // tests/redis/ need a Redis server: `npm run test:redis` runs them (vitest.redis.config.mts)
    exclude: ["**/node_modules/**", "storefront/**", ".medusa/**", "tests/redis/**"],
    globals: true,
    // Medusa logs every boot step and HTTP request at info level; tests only need errors.
    // JAHWAL_LOCAL_SHOP=1: tests run Medusa on throw-away databases, as the embedded local shop does
    // (generated secrets, the documented local admin, the placeholder 무통장입금 account). Without it
    // Medusa counts as a deployment and refuses to start (docs/deployment.md); never set it on one.
    env: { LOG_LEVEL: "error", MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1", JAHWAL_LOCAL_SHOP: "1" },
    globalSetup: ["tests/setup/global-db.mts", "tests/setup/global-storefront.mts"],
    setupFiles: ["tests/setup/worker-setup.ts"],
    // Medusa's test runner calls process.send, which the forks pool intercepts.
    pool: "threads",
    poolOptions: { threads: { minThreads: 1, maxThreads: 2 } },
    testTimeout: 60_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
})
