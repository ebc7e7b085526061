import { defineConfig } from "vitest/config"

// One runner for everything: unit tests, integration tests that boot Medusa on a real embedded
// PostgreSQL (tests/setup/global-db.mts), and storefront pages rendered against that backend.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "backend/**/*.test.ts", "seed/**/*.test.ts"],
    exclude: ["**/node_modules/**", "storefront/**", ".medusa/**"],
    globals: true,
    // Medusa logs every boot step and HTTP request at info level; tests only need errors.
    env: { LOG_LEVEL: "error", MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" },
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
