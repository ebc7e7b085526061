#!/usr/bin/env node
// Latency of the Store API and storefront pages on this machine: starts the whole shop on its
// own data folder and free ports (npm start path: embedded PostgreSQL, production builds),
// sends a fixed number of requests per endpoint at a fixed concurrency, prints p50/p95/max and
// throughput, and stops everything. Numbers, not pass/fail.
//   npm run bench            (BENCH_REQUESTS=200 BENCH_CONCURRENCY=8 to change the load)
import { spawn } from "node:child_process"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const REQUESTS = Number(process.env.BENCH_REQUESTS || 200)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 8)

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })

async function startShop() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "jahwal-bench-"))
  chmodSync(dataDir, 0o755)
  const [backend, storefront, pgPort] = [await freePort(), await freePort(), await freePort()]
  const env = {
    ...process.env,
    DATABASE_URL: "",
    JAHWAL_DATA_DIR: dataDir,
    JAHWAL_PG_PORT: String(pgPort),
    PORT: String(backend),
    STOREFRONT_PORT: String(storefront),
    MEDUSA_BACKEND_URL: `http://localhost:${backend}`,
    STOREFRONT_URL: `http://localhost:${storefront}`,
  }
  const child = spawn(process.execPath, ["scripts/shop.mjs", "start"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  let log = ""
  await new Promise((resolve, reject) => {
    const onData = (c) => {
      log += c
      if (log.includes("준비 완료")) resolve()
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.once("exit", (code) => reject(new Error(`shop exited (${code})\n${log.slice(-2000)}`)))
  })
  const db = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/jahwal` })
  await db.connect()
  const key = (await db.query("select token from api_key where type = 'publishable' and revoked_at is null limit 1")).rows[0].token
  const productId = (await db.query("select id from product where handle = 'sosodream-gwangju-hanareum-set'")).rows[0].id
  const regionId = (await db.query("select id from region where name = '대한민국'")).rows[0].id
  await db.end()
  const stop = async () => {
    const exited = new Promise((r) => child.once("exit", r))
    process.kill(-child.pid, "SIGINT")
    await exited
    rmSync(dataDir, { recursive: true, force: true })
  }
  return { api: `http://localhost:${backend}`, web: `http://localhost:${storefront}`, key, productId, regionId, stop }
}

async function measure(name, url, headers) {
  const times = []
  let next = 0
  let failures = 0
  const started = performance.now()
  async function worker() {
    while (next < REQUESTS) {
      next++
      const t = performance.now()
      const res = await fetch(url, { headers })
      await res.arrayBuffer()
      if (!res.ok) failures++
      times.push(performance.now() - t)
    }
  }
  await fetch(url, { headers }).then((r) => r.arrayBuffer()) // warm-up
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]
  return { name, p50: pct(50), p95: pct(95), max: times[times.length - 1], rps: times.length / seconds, failures }
}

/** A cart with lines from three makers, for the per-maker shipping endpoint. */
async function cartWithThreeMakers(shop, headers) {
  const json = { ...headers, "content-type": "application/json" }
  const post = async (path, body) => (await fetch(`${shop.api}${path}`, { method: "POST", headers: json, body: JSON.stringify(body) })).json()
  const { cart } = await post("/store/carts", { region_id: shop.regionId })
  for (const handle of ["naechingu-gim-jaban", "geoje-myeolchi", "naechingu-gim-gift-set"]) {
    const { products } = await (await fetch(`${shop.api}/store/products?handle=${handle}&fields=variants.id`, { headers })).json()
    if (products?.[0]) await post(`/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 })
  }
  return cart.id
}

const shop = await startShop()
try {
  const h = { "x-publishable-api-key": shop.key }
  const rows = []
  rows.push(await measure("GET /store/products (20, priced, +maker)", `${shop.api}/store/products?limit=20&region_id=${shop.regionId}&fields=*variants.calculated_price,+maker.name`, h))
  rows.push(await measure("GET /store/products?maker=… ", `${shop.api}/store/products?maker=naechingu-gim&region_id=${shop.regionId}`, h))
  rows.push(await measure("GET /store/makers?region=…", `${shop.api}/store/makers?region=${encodeURIComponent("광주광역시")}`, h))
  rows.push(await measure("GET /store/makers/:handle", `${shop.api}/store/makers/naechingu-gim`, h))
  rows.push(await measure("GET /store/products/:id/composition", `${shop.api}/store/products/${shop.productId}/composition`, h))
  rows.push(await measure("GET /store/search?q=김자반", `${shop.api}/store/search?q=${encodeURIComponent("김자반")}`, h))
  rows.push(await measure("GET /store/search?q=ㄱㅈㅂ&region=…", `${shop.api}/store/search?q=${encodeURIComponent("ㄱㅈㅂ")}&region=${encodeURIComponent("광주광역시")}`, h))
  rows.push(await measure("GET /store/search/suggest?q=김자", `${shop.api}/store/search/suggest?q=${encodeURIComponent("김자")}`, h))
  const cartId = await cartWithThreeMakers(shop, h)
  rows.push(await measure("GET /store/carts/:id/maker-groups", `${shop.api}/store/carts/${cartId}/maker-groups`, h))
  rows.push(await measure("storefront / (home)", `${shop.web}/`, {}))
  rows.push(await measure("storefront /products/:handle", `${shop.web}/products/naechingu-gim-gift-set`, {}))
  rows.push(await measure("storefront /search?q=김자반", `${shop.web}/search?q=${encodeURIComponent("김자반")}`, {}))
  console.log(`\n${REQUESTS} requests per endpoint, concurrency ${CONCURRENCY}, ${os.cpus().length} cores\n`)
  console.log("endpoint".padEnd(44), "p50 ms".padStart(8), "p95 ms".padStart(8), "max ms".padStart(8), "req/s".padStart(8), "errors".padStart(7))
  for (const r of rows) {
    console.log(r.name.padEnd(44), r.p50.toFixed(1).padStart(8), r.p95.toFixed(1).padStart(8), r.max.toFixed(1).padStart(8), r.rps.toFixed(0).padStart(8), String(r.failures).padStart(7))
  }
} finally {
  await shop.stop()
}
