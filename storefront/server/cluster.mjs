// `node server/cluster.mjs start -p PORT [-H HOST]`: the storefront as STOREFRONT_WORKERS
// processes sharing one port (Node's cluster module hands connections round-robin), so a crowd on
// the cached catalog uses both cores instead of Next's one main thread (#14, docs/performance.md).
// Each worker is server/serve.mjs (Next behind its response cache); lib/cache/cache-handler.cjs
// sends each revalidated tag here and we pass it to every other worker.
//
// Stopping: SIGINT/SIGTERM/SIGHUP stop every worker and we exit once they are gone (after 10 s a
// worker still there is killed). A worker that dies on its own stops the others too, so the
// launcher sees the storefront exit. Workers exit by themselves if this process disappears
// (Node's cluster workers leave when their IPC channel closes).
import cluster from "node:cluster"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import { storefrontWorkers } from "./workers.mjs"

const require = createRequire(import.meta.url)
const { REVALIDATE_MESSAGE: MESSAGE } = require("../lib/cache/revalidate-message.cjs")
const count = storefrontWorkers()

cluster.setupPrimary({ exec: fileURLToPath(new URL("./serve.mjs", import.meta.url)), args: process.argv.slice(2) })

let stopping = false
let exitCode = 0

function stop(code) {
  if (stopping) return
  stopping = true
  exitCode = code
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM")
  setTimeout(() => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL")
  }, 10_000).unref()
}

cluster.on("message", (from, message) => {
  if (!message || message.type !== MESSAGE) return
  for (const worker of Object.values(cluster.workers ?? {})) {
    if (worker && worker !== from && worker.isConnected()) worker.send(message)
  }
})

cluster.on("exit", (worker, code, signal) => {
  if (!stopping) {
    console.error(`[storefront] worker ${worker.id} exited (${signal ?? code}); stopping the others`)
    stop(code || 1)
  }
  if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode)
})

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(0))

for (let i = 0; i < count; i++) cluster.fork({ JAHWAL_STOREFRONT_CLUSTER: "1", JAHWAL_STOREFRONT_WORKER: String(i + 1) })
