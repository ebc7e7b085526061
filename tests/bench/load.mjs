#!/usr/bin/env node
// `npm run bench:load` (issue #14 "The bench"): the whole shop on its own data folder and ports,
// every storefront page and the Store API reads behind them under 50 connections (autocannon),
// the same with our caches off, a soak over a mix of the pages, and how fast an admin price edit
// reaches the pages. Prints numbers and a table against the issue's targets; never fails on a
// time. See docs/performance.md.
//   BENCH_SECONDS (10) per endpoint and pass · BENCH_SOAK=0 skips the soak · BENCH_SOAK_SECONDS (300)
//   BENCH_QUERY (밀키트) the search words · BENCH_DATA_DIR (.bench/load-data, kept between runs)
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { processesWithEnv } from "../../scripts/lib/process-tree.mjs"
import { adminToken, pagePaths, pickProduct, starterApiPaths, storeApiPaths, storeRegionId } from "./lib/catalog.mjs"
import { CAP_SECONDS, measureFreshness } from "./lib/freshness.mjs"
import { longestGap, perSecond, runLoad } from "./lib/load-run.mjs"
import { ensureWrk } from "./lib/wrk.mjs"
import { cpuByKind, eventLoopDelay, newMark, probeCoverage, probeFolder, sampleRss, waitUntilQuiet } from "./lib/processes.mjs"
import { endpointHeader, endpointLine, f0, f1, summaryTable } from "./lib/report.mjs"
import { DEFAULT_DATA_DIR, ROOT, startShop } from "./lib/shop.mjs"
import { CACHES_OFF, CACHES_ON, compareTargets } from "./lib/targets.mjs"

const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const CONNECTIONS = 50
const SOAK = process.env.BENCH_SOAK !== "0"
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS || 300)
const QUERY = process.env.BENCH_QUERY || "밀키트"
const DATA = path.resolve(process.env.BENCH_DATA_DIR || DEFAULT_DATA_DIR)
const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), "lib", "event-loop-probe.cjs")

const log = (message) => console.log(`[bench:load] ${message}`)
/** The endpoint figures are wrk's when it can run (lib/wrk.mjs), else autocannon's. */
let useWrk = false
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** The shop with the event-loop probe in every Node process it starts (NODE_OPTIONS reaches them through the launcher's env). */
function start(cachesEnv, probeDir) {
  return startShop({
    dataDir: DATA,
    log,
    env: {
      ...cachesEnv,
      JAHWAL_BENCH_PROBE_DIR: probeDir,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${PROBE}`.trim(),
    },
  })
}

async function warm(base, paths, headers) {
  for (const [name, p] of Object.entries(paths)) {
    let status = 0
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${base}${p}`, { headers })
      status = res.status
      await res.arrayBuffer()
    }
    if (status !== 200) log(`warning: ${name} answers ${status} (${p})`)
  }
}

/** CPU seconds of this process's finished children (wrk runs): cutime + cstime of /proc/self/stat. */
function childrenCpuSeconds() {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ")
  return (Number(fields[13]) + Number(fields[14])) / 100
}

/** One window: load, RSS sampled throughout, the probes' event-loop figures of that window. */
async function measure(shop, probeDir, load) {
  if (load.wrk) {
    // 2 s of the same load first, not counted: every storefront worker has the page and its code
    // is warm (the first run of the first page otherwise paid for both in its p99)
    await runLoad({ ...load, seconds: 2 })
    await waitUntilQuiet(shop.pid)
  }
  const mark = newMark(probeDir)
  await sleep(1100) // every probe resets on its next second
  const rss = sampleRss(shop.pid)
  const cpuBefore = { ...cpuByKind(shop.pid), bench: process.cpuUsage(), wrk: childrenCpuSeconds() }
  const started = performance.now()
  const result = await runLoad({ connections: CONNECTIONS, ...load })
  result.rss = rss.stop()
  // share of one core each used during the load (the load tool, this process, shares the 2 cores)
  const wall = (performance.now() - started) / 1000
  const cpuAfter = cpuByKind(shop.pid)
  const bench = process.cpuUsage(cpuBefore.bench)
  result.cpu = Object.fromEntries(["medusa", "next", "postgres"].map((k) => [k, (100 * (cpuAfter[k] - cpuBefore[k])) / wall]))
  result.cpu.bench = (100 * ((bench.user + bench.system) / 1e6 + childrenCpuSeconds() - cpuBefore.wrk)) / wall
  await sleep(1100) // and writes the window out on its next one
  result.loop = eventLoopDelay(probeDir, mark, shop.pid)
  result.busyAfter = await waitUntilQuiet(shop.pid)
  return result
}

/**
 * Every page and Store API read, one after another; `afterPages` runs between the two (the soak:
 * it is the crowd on the pages, measured before the direct Store API runs grow Medusa's heap to
 * ~1 GB, which V8 keeps for a while — those runs' own RSS is in their rows).
 */
async function pass(label, shop, probeDir, targets, afterPages = async () => {}) {
  log(`${label}: warming…`)
  await warm(shop.storefrontUrl, targets.pages, {})
  const apiHeaders = { "x-publishable-api-key": shop.publishableKey }
  await warm(shop.backendUrl, targets.api, apiHeaders)
  await waitUntilQuiet(shop.pid)
  console.log(`\n${label} — ${CONNECTIONS} connections, ${SECONDS} s each, ${useWrk ? "wrk" : "autocannon"} (latency ms)`)
  console.log(endpointHeader())
  const results = {}
  for (const [name, p] of Object.entries(targets.pages)) {
    results[name] = await measure(shop, probeDir, { url: `${shop.storefrontUrl}${p}`, seconds: SECONDS, wrk: useWrk })
    console.log(endpointLine(name, results[name]))
  }
  if (await afterPages()) console.log(`\n${label}, Store API (continued)\n${endpointHeader()}`)
  for (const [name, p] of Object.entries(targets.api)) {
    results[name] = await measure(shop, probeDir, { url: `${shop.backendUrl}${p}`, seconds: SECONDS, headers: apiHeaders, wrk: useWrk })
    console.log(endpointLine(name, results[name]))
  }
  return results
}

async function soak(shop, probeDir, pages) {
  log(`soak: ${SOAK_SECONDS} s, ${CONNECTIONS} connections over ${Object.keys(pages).length} pages in turn…`)
  const r = await measure(shop, probeDir, { url: shop.storefrontUrl, paths: Object.values(pages), seconds: SOAK_SECONDS })
  const series = perSecond(r.completions, r.seconds)
  const gap = longestGap(r.completions, r.seconds)
  console.log(`\nsoak — ${SOAK_SECONDS} s, ${CONNECTIONS} connections, pages in turn`)
  console.log(`  responses ${r.requests} (${f0(r.rps)}/s), errors ${r.errors}, non-2xx ${r.non2xx}`)
  console.log(`  longest window without a completed response ${f1(gap)} s (first response after ${f1((r.completions[0] ?? NaN) / 1000)} s)`)
  console.log(`  p50 ${f0(r.p50)} ms, p99 ${f0(r.p99)} ms, p99/p50 ${f1(r.p99 / r.p50)}×, max ${f0(r.max)} ms`)
  console.log(`  peak RSS MB: stack ${f0(r.rss.stack)} (medusa ${f0(r.rss.medusa)}, next ${f0(r.rss.next)}, postgres ${f0(r.rss.postgres)})`)
  const loop = (k) => (r.loop[k] ? `p50 ${f1(r.loop[k].p50)} / p99 ${f1(r.loop[k].p99)} / max ${f1(r.loop[k].max)} ms` : "–")
  console.log(`  event-loop delay: medusa ${loop("medusa")}; next ${loop("next")}`)
  const gc = (k) => (r.loop[k] ? `${r.loop[k].gcCount} pauses, ${r.loop[k].gcTotalMs} ms in all, longest ${r.loop[k].gcMaxMs} ms, heap ${r.loop[k].heapMb} MB at the end` : "–")
  console.log(`  GC: medusa ${gc("medusa")}; next ${gc("next")}`)
  console.log(`  CPU % of one core: medusa ${f0(r.cpu.medusa)}, next ${f0(r.cpu.next)}, postgres ${f0(r.cpu.postgres)}, load tool ${f0(r.cpu.bench)}`)
  console.log(`  completed responses per second: ${series.join(" ")}`)
  return { ...r, gap, series }
}

async function main() {
  const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim()
  const loadAtStart = os.loadavg().map((l) => l.toFixed(1)).join(" ")
  log(`${head}, ${os.cpus().length} cores, load average ${loadAtStart}, node ${process.version}, data ${path.relative(ROOT, DATA) || DATA}`)
  useWrk = ensureWrk(log)
  log(`endpoints measured with ${useWrk ? "wrk" : "autocannon"}; the soak with autocannon`)

  // pass 1: caches as shipped; the soak and the freshness check run on this start too
  let probeDir = probeFolder(DATA)
  let shop = await start(CACHES_ON, probeDir)
  let on, soakResult, fresh, targets
  try {
    const admin = await adminToken(shop.backendUrl)
    const { product, category } = await pickProduct(shop, admin)
    const regionId = await storeRegionId(shop)
    targets = {
      pages: pagePaths({ categoryHandle: category.handle, productHandle: product.handle, query: QUERY }),
      api: storeApiPaths({ regionId, categoryId: category.id, query: QUERY }),
      starter: starterApiPaths({ regionId, categoryId: category.id }),
    }
    log(`product ${product.handle} (category ${category.handle}), search "${QUERY}"`)
    on = await pass("caches on (as shipped)", shop, probeDir, targets, async () => {
      for (const p of probeCoverage(probeDir, shop.pid)) log(`probe ${p.probed ? "reached" : "did NOT reach"} ${p.kind} pid ${p.pid}: ${p.cmd}`)
      if (SOAK) soakResult = await soak(shop, probeDir, targets.pages)
      return SOAK
    })
    log("freshness: re-pricing the product through the admin API…")
    fresh = await measureFreshness(shop, admin, product, {
      product: `/products/${product.handle}`,
      category: `/categories/${category.handle}`,
      search: `/search?q=${encodeURIComponent(product.title)}`,
    })
    console.log(`\nfreshness — ${fresh.oldPrice}원 → ${fresh.newPrice}원 (admin write ${f1(fresh.adminWriteSeconds)} s), seconds until the page shows it:`)
    for (const [name, s] of Object.entries(fresh.pages)) console.log(`  ${name.padEnd(9)} ${s === null ? `not within ${CAP_SECONDS} s` : f1(s)}`)
  } finally {
    log("stopping the shop…")
    await shop.stop()
  }

  // pass 2: our caches off; they are read from the environment at start, so a second start
  log(`second start with ${Object.entries(CACHES_OFF).map(([k, v]) => `${k}=${v}`).join(" ")}…`)
  probeDir = probeFolder(DATA)
  shop = await start(CACHES_OFF, probeDir)
  let off
  const starter = {}
  try {
    off = await pass("caches off", shop, probeDir, targets)
    console.log(`\ncaches off, the same lists with a stock storefront's fields (the Next.js starter's)\n${endpointHeader()}`)
    for (const [name, p] of Object.entries(targets.starter)) {
      starter[name] = await measure(shop, probeDir, { url: `${shop.backendUrl}${p}`, seconds: SECONDS, headers: { "x-publishable-api-key": shop.publishableKey }, wrk: useWrk })
      console.log(endpointLine(name, starter[name]))
    }
  } finally {
    log("stopping the shop…")
    await shop.stop()
  }

  console.log("\non / off, req/s (p50 ms)")
  for (const name of Object.keys(on)) {
    console.log(`  ${name.padEnd(28)} ${f1(on[name].rps / off[name].rps).padStart(6)}×   ${f0(on[name].rps)} (${f0(on[name].p50)}) / ${f0(off[name].rps)} (${f0(off[name].p50)})`)
  }

  console.log(`\nsummary vs. issue #14 (${os.cpus().length} cores, load average at start ${loadAtStart}, at the end ${os.loadavg().map((l) => l.toFixed(1)).join(" ")})`)
  console.log(summaryTable(compareTargets({ on, off, starter, soak: soakResult, fresh, pages: targets.pages, api: targets.api })))

  const left = processesWithEnv("JAHWAL_DATA_DIR", DATA)
  log(left.length ? `LEFT BEHIND: ${left.map((p) => `${p.pid} ${p.name}`).join(", ")}` : "every process of the shop is gone")
}

main().catch((error) => {
  console.error(`[bench:load] ${error.stack ?? error.message}`)
  process.exitCode = 1
})
