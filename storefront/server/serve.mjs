// `node server/serve.mjs start -p PORT [-H HOST]`: one production storefront process — Next (its
// documented custom-server API, which runs the same router as `next start`: next.config's
// rewrites, proxy.ts, the page cache) behind server/response-cache.mjs. `npm start` runs one of
// these per worker (server/cluster.mjs), or one alone with STOREFRONT_WORKERS=1.
//
// Stopping: SIGINT and SIGTERM end the process at once, as `next start` does (exit 130 / 143); a
// cluster worker also leaves when its primary's IPC channel closes (Node's cluster does that).
import http from "node:http"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { createResponseCache } from "./response-cache.mjs"
import { responseCacheSeconds } from "./workers.mjs"

const require = createRequire(import.meta.url)
const next = require("next")
const { onTagsRevalidated } = require("../lib/cache/revalidate-message.cjs")

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "start"),
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
})
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname
const worker = process.env.JAHWAL_STOREFRONT_WORKER
// the launcher test and the bench find the storefront's processes by this name, as with `next start`
process.title = `next-server (jahwal${worker ? ` worker ${worker}` : ""})`

process.on("SIGINT", () => process.exit(130))
process.on("SIGTERM", () => process.exit(143))

const cache = createResponseCache({ maxSeconds: responseCacheSeconds() })
onTagsRevalidated(() => cache.invalidate())

const app = next({ dev: false, dir: fileURLToPath(new URL("..", import.meta.url)), hostname, port })
await app.prepare()
const handle = app.getRequestHandler()

const server = http.createServer((req, res) => {
  if (cache.serve(req, res)) return
  handle(req, res).catch((error) => {
    console.error(`[storefront] ${req.method} ${req.url}:`, error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
})
server.on("error", (error) => {
  console.error(`[storefront] 서버를 시작하지 못했습니다: ${error.message}`)
  process.exit(1)
})
server.listen(port, hostname, () => {
  console.log(`✓ storefront ${worker ? `worker ${worker} ` : ""}ready on http://${hostname ?? "localhost"}:${port}`)
})
