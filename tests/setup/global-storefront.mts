// Builds the production storefront once per test run when its sources changed (CI has built it
// already), so storefront page tests running in parallel never build it twice at once.
import { buildStorefrontIfNeeded } from "../../scripts/lib/builds.mjs"

export default async function setup() {
  // Backend-only runs (JAHWAL_SKIP_STOREFRONT_BUILD=1 npx vitest run tests/integration/x.test.ts)
  if (process.env.JAHWAL_SKIP_STOREFRONT_BUILD === "1") return
  await buildStorefrontIfNeeded({ ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" })
}
