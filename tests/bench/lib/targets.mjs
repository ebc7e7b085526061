// Issue #14's targets, and which of our caches the "caches off" pass switches off.
import { f0, f1 } from "./report.mjs"

/**
 * Every cache of ours, each read from the environment when its process starts:
 * - the storefront's Next data cache of Store API reads (lib/data/store-fetch.ts,
 *   STOREFRONT_CACHE_SECONDS, default 300; 0 = every read goes to the backend);
 * - the search engine's browse-result cache (backend/modules/search/engines/postgres,
 *   JAHWAL_SEARCH_BROWSE_CACHE; only requests without words use it);
 * - the backend's Store API response cache (backend/api/store/response-cache,
 *   JAHWAL_STORE_CACHE; read per request, but the pass restarts anyway);
 * - each storefront worker's cache of whole page answers in front of Next
 *   (storefront/server/response-cache.mjs, STOREFRONT_RESPONSE_CACHE_SECONDS, default 5).
 * "On" states the defaults explicitly, so a value in the caller's environment does not leak in.
 */
export const CACHES_ON = { STOREFRONT_CACHE_SECONDS: "", JAHWAL_SEARCH_BROWSE_CACHE: "1", JAHWAL_STORE_CACHE: "1", JAHWAL_STORE_CACHE_SECONDS: "", JAHWAL_NEXT_DIST_DIR: "", STOREFRONT_RESPONSE_CACHE_SECONDS: "" }
// caching off is a storefront build of its own (next.config.ts): the launcher makes it in its own folder once
export const CACHES_OFF = { STOREFRONT_CACHE_SECONDS: "0", JAHWAL_SEARCH_BROWSE_CACHE: "0", JAHWAL_STORE_CACHE: "0", JAHWAL_NEXT_DIST_DIR: ".next-uncached", STOREFRONT_RESPONSE_CACHE_SECONDS: "0" }

/** Today's figures in the issue: storefront pages served 40–65 req/s; the target is 20× that. */
const TODAY_PAGE_RPS = 65
const PAGE_P95_MS = 50
const SEARCH_P95_MS = 150
const API_ON_OFF_RATIO = 20
const MISS_VS_STOCK = 1.5
const FRESH_SECONDS = 5
const SOAK_GAP_SECONDS = 2
const SOAK_P99_OVER_P50 = 10
const STACK_RSS_MB = 1.5 * 1024

/** Rows of [figure, value, target, met] for summaryTable. */
export function compareTargets({ on, off, starter, soak, fresh, pages, api }) {
  const rows = []
  for (const name of Object.keys(pages)) {
    const r = on[name]
    if (name.startsWith("/search")) {
      rows.push([`${name} p95`, `${f0(r.p95)} ms`, `≤ ${SEARCH_P95_MS} ms`, r.p95 <= SEARCH_P95_MS])
      continue
    }
    rows.push([`${name} p95`, `${f0(r.p95)} ms`, `≤ ${PAGE_P95_MS} ms`, r.p95 <= PAGE_P95_MS])
    rows.push([`${name} req/s`, f0(r.rps), `≥ ${20 * TODAY_PAGE_RPS} (20× today's 40–65)`, r.rps >= 20 * TODAY_PAGE_RPS])
  }
  for (const name of Object.keys(api)) {
    const ratio = on[name].rps / off[name].rps
    rows.push([`${name} on/off req/s`, `${f1(ratio)}×`, `≥ ${API_ON_OFF_RATIO}× (cached reads)`, ratio >= API_ON_OFF_RATIO])
  }
  for (const name of Object.keys(starter ?? {})) {
    const ratio = off[name].rps / starter[name].rps
    rows.push([`${name} miss vs. starter fields req/s`, `${f1(ratio)}×`, `≥ ${MISS_VS_STOCK}× (cache miss vs. stock)`, ratio >= MISS_VS_STOCK])
  }
  for (const [name, seconds] of Object.entries(fresh?.pages ?? {})) {
    rows.push([`freshness: ${name} page`, seconds === null ? "> 60 s" : `${f1(seconds)} s`, `≤ ${FRESH_SECONDS} s`, seconds !== null && seconds <= FRESH_SECONDS])
  }
  if (soak) {
    rows.push(["soak: longest window without a response", `${f1(soak.gap)} s`, `< ${SOAK_GAP_SECONDS} s`, soak.gap < SOAK_GAP_SECONDS])
    rows.push(["soak: p99 / p50", `${f1(soak.p99 / soak.p50)}×`, `≤ ${SOAK_P99_OVER_P50}×`, soak.p99 / soak.p50 <= SOAK_P99_OVER_P50])
    rows.push(["soak: peak RSS PostgreSQL + Medusa + Next", `${f0(soak.rss.stack)} MB`, `≤ ${STACK_RSS_MB} MB`, soak.rss.stack <= STACK_RSS_MB])
    rows.push(["soak: event-loop delay max (medusa / next)", `${f0(soak.loop.medusa?.max)} / ${f0(soak.loop.next?.max)} ms`, "no target: shows what stalls", "info"])
  } else {
    rows.push(["soak", "skipped (BENCH_SOAK=0)", "", null])
  }
  return rows
}
