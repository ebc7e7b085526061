// `npm start` end to end: embedded PostgreSQL, migrations, seed once, backend, storefront,
// and a Ctrl-C that leaves no process behind — also when it comes in the middle of a phase.
// Uses its own data folders and ports.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { expectAdminInKorean, expectStoreHitsAtTheDoor, expectTokensSignedWith } from "./utils/launched-shop"
import { alive, descendants, describePids, Shop, shopEnv, startShop, stopShop } from "./utils/launcher"

/**
 * Processes started with this shop's data folder in their environment: everything the launcher
 * started inherits JAHWAL_DATA_DIR, wherever it ended up in the process tree. `pid cmdline` each.
 */
function processesOfShop(dataDir: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, "utf8").split("\0")
      if (environ.includes(`JAHWAL_DATA_DIR=${dataDir}`)) {
        found.push(`${entry} ${readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ").trim()}`)
      }
    } catch {
      // exited while we looked
    }
  }
  return found
}

const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "jahwal-launcher-"))
  chmodSync(dir, 0o755) // postgres runs as its own user when we are root
  return dir
}

const OPERATOR_JWT_SECRET = "operator-jwt-secret-for-the-launcher-test"

describe("npm start (scripts/shop.mjs)", () => {
  const dirs: string[] = []
  let running: Shop | undefined

  afterAll(async () => {
    await stopShop(running)
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  it("starts everything, stops cleanly on Ctrl-C, and keeps its data without re-seeding", async () => {
    const dataDir = tempDir()
    dirs.push(dataDir)
    // the operator's secret wins over the one the launcher generates into .data/secrets.json
    const { env, backendPort, storefrontPort, pgPort } = await shopEnv(dataDir, { JWT_SECRET: OPERATOR_JWT_SECRET })

    // first start: migrations + seed
    running = startShop(env)
    await running.ready
    expect(running.output()).toContain("첫 실행")
    expect((await fetch(`http://localhost:${backendPort}/health`)).status).toBe(200)
    const home = await fetch(`http://localhost:${storefrontPort}/`)
    expect(home.status).toBe(200)
    expect((await home.text()).replace(/<!-- -->/g, "")).toContain("20,000원")
    await expectTokensSignedWith(`http://localhost:${backendPort}`, OPERATOR_JWT_SECRET)
    await expectAdminInKorean(`http://localhost:${backendPort}`, process.env.JAHWAL_ADMIN_SCREENSHOT)
    const [{ findPublishableKey }, { DB_USER, DB_PASSWORD }] = await Promise.all([import("../../scripts/lib/shop-db.mjs"), import("../../scripts/lib/embedded-db.mjs")])
    const publishableKey = await findPublishableKey(`postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${pgPort}/jahwal`)
    await expectStoreHitsAtTheDoor(`http://localhost:${backendPort}`, publishableKey!)

    const tree = descendants(running.child.pid!)
    expect(tree.length).toBeGreaterThanOrEqual(3) // postgres, medusa, next at least
    // the storefront as one `next start` per core, up to two (storefront/server/cluster.mjs)
    const workers = Math.min(2, os.availableParallelism())
    expect(running.output()).toContain(`워커 ${workers}개`)
    expect(processesOfShop(dataDir).filter((line) => / next-server /.test(` ${line} `)).length).toBe(workers)
    process.kill(-running.child.pid!, "SIGINT") // what Ctrl-C in a terminal does
    expect(await running.exited).toBe(130)
    // the launcher exits only when everything it started is gone: no grace period here
    expect(describePids(tree.filter(alive))).toEqual([])
    expect(processesOfShop(dataDir)).toEqual([])

    // second start: same data, no second seed
    running = startShop(env)
    await running.ready
    expect(running.output()).toContain("시드 데이터가 이미 있어 건너뜁니다")
    expect(running.output()).not.toContain("첫 실행")
    const health = await fetch(`http://localhost:${backendPort}/health`)
    expect(health.status).toBe(200)
    const secondTree = descendants(running.child.pid!)
    running.child.kill("SIGTERM") // a service manager stopping the launcher alone
    expect(await running.exited).toBe(143)
    expect(describePids(secondTree.filter(alive))).toEqual([])
    expect(processesOfShop(dataDir)).toEqual([])
  }, 1_800_000)

  it("stops within a phase: SIGTERM during the migrations leaves no migration and no PostgreSQL", async () => {
    const dataDir = tempDir()
    dirs.push(dataDir)
    const { env } = await shopEnv(dataDir)
    running = startShop(env)
    running.ready.catch(() => {}) // stopped before it is ready, on purpose
    // the migration process itself is running (not only announced)
    await expect
      .poll(() => processesOfShop(dataDir).some((p) => p.includes("db:migrate")), { timeout: 600_000, interval: 100 })
      .toBe(true)
    const tree = descendants(running.child.pid!)
    running.child.kill("SIGTERM")
    expect(await running.exited).toBe(143)
    expect(running.output()).not.toContain("시작하지 못했습니다")
    expect(describePids(tree.filter(alive))).toEqual([])
    expect(processesOfShop(dataDir)).toEqual([])
  }, 900_000)
})
