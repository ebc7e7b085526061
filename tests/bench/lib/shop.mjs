// Starting and stopping the whole shop (`node scripts/shop.mjs start`) for a bench, on its own
// data folder and free ports, the way tests/integration/utils/launcher.ts does for the tests.
// Stopping is the launcher's own: SIGINT to its process group, then we wait for it to exit
// (it exits only when every process it started is gone, docs/operations.md "Stopping").
import { spawn } from "node:child_process"
import { chmodSync, mkdirSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { DB_PASSWORD, DB_USER } from "../../../scripts/lib/embedded-db.mjs"
import { findPublishableKey } from "../../../scripts/lib/shop-db.mjs"
import { freePort } from "../../../scripts/lib/free-port.mjs"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..")
/** Kept between runs, so only the first run builds nothing twice and seeds once. */
export const DEFAULT_DATA_DIR = path.join(ROOT, ".bench", "load-data")

export { freePort }

const running = new Set()
let handlersInstalled = false

/** Ctrl-C / SIGTERM of the bench stops every shop it started before it exits. */
function installSignalHandlers(log) {
  if (handlersInstalled) return
  handlersInstalled = true
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, async () => {
      log(`${signal}: stopping the shop…`)
      await Promise.all([...running].map((shop) => shop.stop()))
      process.exit(130)
    })
  }
}

/**
 * Starts the shop and resolves once the launcher says 준비 완료 (backend /health and the
 * storefront answer). `env` is added to the launcher's environment (it passes it on to every
 * process it starts). Resolves with its URLs, the launcher's pid, the publishable key and stop().
 */
export async function startShop({ dataDir = DEFAULT_DATA_DIR, env = {}, log = console.log } = {}) {
  installSignalHandlers(log)
  mkdirSync(dataDir, { recursive: true })
  // as root the embedded PostgreSQL runs as the `postgres` user, which must reach the folder
  chmodSync(dataDir, 0o755)
  const [backendPort, storefrontPort, pgPort] = [await freePort(), await freePort(), await freePort()]
  const backendUrl = `http://localhost:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const shopEnv = {
    ...process.env,
    JAHWAL_DATA_DIR: dataDir,
    JAHWAL_PG_PORT: String(pgPort),
    PORT: String(backendPort),
    STOREFRONT_PORT: String(storefrontPort),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    ...env,
  }
  delete shopEnv.DATABASE_URL
  delete shopEnv.NODE_ENV
  const child = spawn(process.execPath, ["scripts/shop.mjs", "start"], {
    cwd: ROOT,
    env: shopEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, like a shell job: SIGINT reaches all of it
  })
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)))
  let output = ""
  const shop = {
    child,
    pid: child.pid,
    backendUrl,
    storefrontUrl,
    databaseUrl: `postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${pgPort}/jahwal`,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, "SIGINT")
        } catch {
          // already gone
        }
        await exited
      }
      running.delete(shop)
    },
  }
  running.add(shop)
  await new Promise((resolve, reject) => {
    let buffer = ""
    const onData = (chunk) => {
      const text = chunk.toString("utf8")
      output = (output + text).slice(-20_000)
      buffer += text
      const lines = buffer.split("\n")
      buffer = lines.pop() ?? ""
      for (const line of lines) {
        if (line.includes("[자활장터]") && /✓|시작 중|시드|빌드/.test(line)) log(line.replace(/\x1b\[[0-9;]*m/g, "").trim())
        if (line.includes("준비 완료")) resolve()
      }
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    exited.then((code) => reject(new Error(`the shop stopped before serving (${code}):\n${output.slice(-3000)}`)))
  })
  shop.publishableKey = await findPublishableKey(shop.databaseUrl)
  return shop
}
