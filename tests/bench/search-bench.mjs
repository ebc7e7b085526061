#!/usr/bin/env node
// Built-in search engine at 10,000 products: latency (p50/p95 over a mixed query set) and
// recall@10 on a labelled query set (exact, partial, typo, 초성, particle, maker name).
// The generated products are written straight into the search tables of a throw-away embedded
// PostgreSQL through the engine's own write path (no Medusa, no product module): this measures
// the search, not the catalog. Prints numbers; nothing fails on a time limit.
//   npm run bench:search          (BENCH_PRODUCTS=10000 BENCH_ROUNDS=3 to change)
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { performance } from "node:perf_hooks"
import pg from "pg"
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs"
import { generateCatalog } from "./search/catalog.mjs"
import { labelledQueries, mixedQueries } from "./search/queries.mjs"

const require = createRequire(import.meta.url)
require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs", moduleResolution: "node" } })
const { PostgresSearchEngine } = require("../../backend/modules/search/engines/postgres/engine.ts")
const { pgClient } = require("../../backend/modules/search/engines/postgres/sql-client.ts")
const { SEARCH_TABLES_SQL, SEARCH_TRIGRAM_SQL, SEARCH_VERSION_SQL } = require("../../backend/modules/search/schema.ts")
const korean = { ...require("../../backend/lib/korean/hangul.ts"), ...require("../../backend/lib/korean/edit-distance.ts") }

const PRODUCTS = Number(process.env.BENCH_PRODUCTS || 10_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3)
const FACETS = ["category", "maker", "region", "brand", "price_band", "certification"]
const noFilters = () => Object.fromEntries(FACETS.map((f) => [f, []]))

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const ms = (x) => `${x.toFixed(1)} ms`

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "jahwal-search-bench-"))
  chmodSync(dir, 0o755)
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port: await freePort() })
  const pool = new pg.Pool({ connectionString: db.url("postgres"), max: 4 })
  pool.on("error", () => {}) // idle connections closed by the server at shutdown
  try {
    for (const sql of SEARCH_TABLES_SQL) await pool.query(sql)
    await pool.query(SEARCH_TRIGRAM_SQL)
    for (const sql of SEARCH_VERSION_SQL) await pool.query(sql)
    const engine = new PostgresSearchEngine(() => pgClient(pool))

    const { docs, makers } = generateCatalog(PRODUCTS)
    const started = performance.now()
    for (let i = 0; i < docs.length; i += 500) {
      await engine.upsert(docs.slice(i, i + 500).map(({ _maker_short, _noun, ...doc }) => doc))
      process.stdout.write(`\r색인 ${Math.min(i + 500, docs.length)}/${docs.length}`)
    }
    await pool.query("analyze")
    const { rows: [sizes] } = await pool.query(
      "select (select count(*) from search_posting)::int as postings, (select count(*) from search_word)::int as words"
    )
    console.log(`\n${docs.length} products indexed in ${((performance.now() - started) / 1000).toFixed(1)} s (${sizes.postings} postings, ${sizes.words} dictionary words)`)

    const params = (q, extra = {}) => ({ q, filters: noFilters(), sort: "relevance", page: 1, limit: 10, sales_channel_ids: ["sc_bench"], ...extra })

    // Recall@10: share of the relevant products in the top 10 (of at most 10 relevant ones).
    const labelled = labelledQueries(docs, makers, korean)
    const byKind = new Map()
    for (const item of labelled) {
      const result = await engine.search(params(item.q), { facets: false })
      const top = new Set(result.hits.map((h) => h.id))
      const found = item.relevant.filter((id) => top.has(id)).length
      const recall = found / Math.min(10, item.relevant.length)
      const entry = byKind.get(item.kind) ?? { sum: 0, n: 0, misses: [] }
      entry.sum += recall
      entry.n += 1
      if (recall < 1 && entry.misses.length < 3) entry.misses.push(`${item.q} (${recall.toFixed(2)})`)
      byKind.set(item.kind, entry)
    }

    // Latency over the mixed set, full responses (facets and highlights included).
    const mixed = mixedQueries(labelled, makers)
    await Promise.all(mixed.slice(0, 20).map((m) => engine.search(params(m.q, m.extra)))) // warm-up
    const times = []
    const perQuery = new Map()
    for (let round = 0; round < ROUNDS; round++) {
      for (const m of mixed) {
        const t0 = performance.now()
        await engine.search(params(m.q, m.extra))
        const t = performance.now() - t0
        times.push(t)
        const label = `${m.q || "(empty)"}${m.extra ? " " + JSON.stringify(m.extra).slice(0, 60) : ""}`
        perQuery.set(label, [...(perQuery.get(label) ?? []), t])
      }
    }
    const slowest = [...perQuery]
      .map(([label, ts]) => [label, ts.sort((a, b) => a - b)[Math.floor(ts.length / 2)]])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
    const suggestTimes = []
    for (const m of mixed.filter((m) => m.q).slice(0, 200)) {
      const t0 = performance.now()
      await engine.suggest(m.q.slice(0, 3), ["sc_bench"])
      suggestTimes.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    suggestTimes.sort((a, b) => a - b)

    console.log(`\nLatency, built-in engine, ${docs.length} products, ${times.length} searches (${mixed.length} mixed queries × ${ROUNDS}), one client`)
    console.log(`  (${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} — other processes share them)`)
    console.log(`  search   p50 ${ms(percentile(times, 50))}   p95 ${ms(percentile(times, 95))}   max ${ms(times[times.length - 1])}`)
    console.log(`  suggest  p50 ${ms(percentile(suggestTimes, 50))}   p95 ${ms(percentile(suggestTimes, 95))}   max ${ms(suggestTimes[suggestTimes.length - 1])}`)
    console.log(`  slowest (median): ${slowest.map(([label, t]) => `${label} ${ms(t)}`).join(" · ")}`)
    console.log(`\nRecall@10 on ${labelled.length} labelled queries:`)
    let total = 0
    for (const [kind, e] of byKind) {
      total += e.sum
      console.log(`  ${kind.padEnd(10)} ${(e.sum / e.n).toFixed(3)}  (${e.n} queries)${e.misses.length ? `  e.g. ${e.misses.join(", ")}` : ""}`)
    }
    console.log(`  ${"all".padEnd(10)} ${(total / labelled.length).toFixed(3)}`)
  } finally {
    await pool.end()
    await db.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
