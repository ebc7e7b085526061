// Production builds of the backend (+ admin) and the storefront, redone only when their sources
// changed: a content hash of the inputs is stamped next to each build's output.
import { existsSync, mkdirSync, symlinkSync } from "node:fs"
import path from "node:path"
import { hashInputs, isBuildCurrent, recordBuild } from "./build-cache.mjs"
import { ROOT, SERVER_DIR, STOREFRONT } from "./paths.mjs"
import { run } from "./processes.mjs"

const medusaBin = path.join(ROOT, "node_modules", ".bin", "medusa")
const nextBin = path.join(STOREFRONT, "node_modules", ".bin", "next")

/** `medusa build` when backend sources changed since the last build (or none exists). */
export async function buildBackendIfNeeded(env, { quiet = true, log = () => {} } = {}) {
  const stamp = path.join(ROOT, ".medusa", "jahwal-build.hash")
  // storefront/lib/shared: the text policy both apps compile (docs/security.md)
  const hash = hashInputs(ROOT, ["backend", "storefront/lib/shared", "medusa-config.ts", "tsconfig.json", "package-lock.json"])
  if (!isBuildCurrent(stamp, hash, path.join(SERVER_DIR, "medusa-config.js"))) {
    log("백엔드와 관리자 화면 빌드 중 (처음 한 번, 1~2분)…")
    // medusa build compiles the backend and bundles the admin side by side and reports each:
    // printed as phases of their own (tests/bench/first-start.mjs reads `✓ <phase> <s>초`)
    const parts = { Backend: "백엔드 컴파일", Frontend: "관리자 화면 빌드" }
    const onLine = (line) => {
      const done = /(Backend|Frontend) build completed successfully \(([\d.]+)s\)/.exec(line)
      if (done) log(`✓ ${parts[done[1]]} ${Number(done[2]).toFixed(1)}초`)
    }
    await run("build", medusaBin, ["build"], { cwd: ROOT, env, quiet, onLine })
    recordBuild(stamp, hash)
  }
  // Medusa serves /static from its working directory; uploads (product images) live at the root.
  const staticLink = path.join(SERVER_DIR, "static")
  mkdirSync(path.join(ROOT, "static"), { recursive: true })
  if (!existsSync(staticLink)) symlinkSync(path.join(ROOT, "static"), staticLink, "dir")
}

/** `next build` when storefront sources changed since the last build (or none exists). */
export async function buildStorefrontIfNeeded(env, { quiet = true, log = () => {} } = {}) {
  // A build with STOREFRONT_CACHE_SECONDS=0 has no cached catalog and its own folder
  // (storefront/next.config.ts, distDir): the same rule here.
  const uncached = env.STOREFRONT_CACHE_SECONDS !== undefined && env.STOREFRONT_CACHE_SECONDS !== "" && !(Number(env.STOREFRONT_CACHE_SECONDS) > 0)
  const distDir = path.join(STOREFRONT, env.JAHWAL_NEXT_DIST_DIR || (uncached ? ".next-uncached" : ".next"))
  const stamp = path.join(distDir, "jahwal-build.hash")
  const hash =
    hashInputs(STOREFRONT, ["app", "modules", "lib", "public", "package-lock.json", "next.config.ts", "next.config.mjs", "postcss.config.mjs", "proxy.ts", "tsconfig.json"]) +
    (uncached ? ":uncached" : "")
  if (!isBuildCurrent(stamp, hash, path.join(distDir, "BUILD_ID"))) {
    log("스토어프론트 빌드 중 (처음 한 번)…")
    await run("storefront-build", nextBin, ["build"], { cwd: STOREFRONT, env, quiet })
    recordBuild(stamp, hash)
  }
}

