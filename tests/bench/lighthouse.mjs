#!/usr/bin/env node
// `npm run bench:lighthouse` (issue #14): Lighthouse's mobile preset (its default: a mid-range
// phone, simulated slow 4G and 4× CPU slowdown) on home, a product page and /search of a started
// shop, performance and accessibility scores, plus the product page's first-load JS (gzip, as
// transferred, from Lighthouse's network records). Lighthouse is run through npx at a pinned
// version (not in package.json, so `npm ci` stays fast); it drives Debian's Chromium.
// Prints numbers; never fails on a score. BENCH_DATA_DIR as for bench:load.
import { execFile } from "node:child_process"
import { existsSync, mkdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { promisify } from "node:util"
import { DEFAULT_DATA_DIR, startShop } from "./lib/shop.mjs"

// 13.x needs Node ≥ 22.19; the shop runs on Node 20
const LIGHTHOUSE = "lighthouse@12.8.2"
const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium"
const DATA = path.resolve(process.env.BENCH_DATA_DIR || DEFAULT_DATA_DIR)
const QUERY = process.env.BENCH_QUERY || "밀키트"
const TARGET_SCORE = 95
const TARGET_JS_KB = 120
const log = (message) => console.log(`[bench:lighthouse] ${message}`)

if (!existsSync(CHROME)) {
  console.error(`[bench:lighthouse] Chromium이 없습니다 (${CHROME}): apt-get install chromium 으로 설치하거나 CHROME_PATH를 지정하세요.`)
  process.exit(1)
}

async function lighthouse(url, out) {
  await promisify(execFile)(
    "npx",
    [
      "--yes", LIGHTHOUSE, url,
      "--only-categories=performance,accessibility",
      "--output=json", `--output-path=${out}`, "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024, timeout: 600_000 }
  )
  return JSON.parse(readFileSync(out, "utf8"))
}

/** Scripts the page loaded, bytes on the wire (Next serves them gzip-compressed). */
function firstLoadJsKb(report) {
  const items = report.audits["network-requests"]?.details?.items ?? []
  const bytes = items.filter((i) => i.resourceType === "Script").reduce((sum, i) => sum + (i.transferSize ?? 0), 0)
  return bytes / 1024
}

async function main() {
  const outDir = path.join(DATA, "lighthouse")
  mkdirSync(outDir, { recursive: true })
  const shop = await startShop({ dataDir: DATA, log })
  const rows = []
  try {
    const res = await fetch(`${shop.backendUrl}/store/products?limit=1&fields=handle&order=title`, {
      headers: { "x-publishable-api-key": shop.publishableKey },
    })
    const handle = (await res.json()).products[0].handle
    const pages = { home: "/", product: `/products/${handle}`, search: `/search?q=${encodeURIComponent(QUERY)}` }
    for (const p of Object.values(pages)) await (await fetch(`${shop.storefrontUrl}${p}`)).arrayBuffer() // warm
    for (const [name, p] of Object.entries(pages)) {
      log(`${name}: ${p}…`)
      const report = await lighthouse(`${shop.storefrontUrl}${p}`, path.join(outDir, `${name}.json`))
      const score = (c) => Math.round((report.categories[c]?.score ?? NaN) * 100)
      const metric = (id) => report.audits[id]?.displayValue ?? "–"
      rows.push({ name, performance: score("performance"), accessibility: score("accessibility"), js: firstLoadJsKb(report), fcp: metric("first-contentful-paint"), lcp: metric("largest-contentful-paint"), tbt: metric("total-blocking-time"), cls: metric("cumulative-layout-shift") })
    }
  } finally {
    log("stopping the shop…")
    await shop.stop()
  }
  console.log(`\nLighthouse ${LIGHTHOUSE.split("@")[1]}, mobile (reports in ${path.relative(process.cwd(), outDir)})`)
  console.log(`  ${"page".padEnd(8)} perf  a11y  JS kB gzip  FCP / LCP / TBT / CLS`)
  for (const r of rows) console.log(`  ${r.name.padEnd(8)} ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${r.js.toFixed(1).padStart(10)}  ${r.fcp} / ${r.lcp} / ${r.tbt} / ${r.cls}`)
  console.log("\nsummary vs. issue #14")
  for (const r of rows) {
    console.log(`  ${r.name} performance ${r.performance} (≥ ${TARGET_SCORE}) ${r.performance >= TARGET_SCORE ? "met" : "NOT MET"}`)
    console.log(`  ${r.name} accessibility ${r.accessibility} (≥ ${TARGET_SCORE}) ${r.accessibility >= TARGET_SCORE ? "met" : "NOT MET"}`)
  }
  const product = rows.find((r) => r.name === "product")
  if (product) console.log(`  product first-load JS ${product.js.toFixed(1)} kB gzip (≤ ${TARGET_JS_KB}) ${product.js <= TARGET_JS_KB ? "met" : "NOT MET"}`)
}

main().catch((error) => {
  console.error(`[bench:lighthouse] ${error.stack ?? error.message}`)
  process.exitCode = 1
})
