// Builds the production storefront once per test run when its sources changed (CI has built it
// already), so storefront page tests running in parallel never build it twice at once. Two
// builds: as shipped (cached catalog) and uncached (tests/setup/storefront-dist.ts).
import { buildStorefrontIfNeeded } from "../../scripts/lib/builds.mjs"
import { UNCACHED_DIST_DIR } from "./storefront-dist.js"

export default async function setup() {
  // Backend-only runs (JAHWAL_SKIP_STOREFRONT_BUILD=1 npx vitest run tests/integration/x.test.ts)
  if (process.env.JAHWAL_SKIP_STOREFRONT_BUILD === "1") return
  const { STOREFRONT_CACHE_SECONDS: _ignored, JAHWAL_NEXT_DIST_DIR: _dist, ...env } = process.env
  const base = { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }
  // one after the other: two next builds side by side on two cores only slow each other down
  await buildStorefrontIfNeeded(base)
  await buildStorefrontIfNeeded({ ...base, STOREFRONT_CACHE_SECONDS: "0", JAHWAL_NEXT_DIST_DIR: UNCACHED_DIST_DIR })
}
