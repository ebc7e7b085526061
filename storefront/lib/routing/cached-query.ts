import type { SearchParams } from "../util/search-params"

/**
 * The catalog pages served from Next's cache (ISR) live under this internal prefix,
 * `/v/<query>/<public path>` (app/(catalog)/v/[q]). next.config.ts rewrites an address without a
 * query to `/v/_/…`; proxy.ts rewrites one with a query the page reads.
 * The visitor never sees it: the browser keeps the public address (asked for directly, it
 * answers the same page: harmless, and no proxy run on the busiest path to hide it).
 */
export const CACHED_PREFIX = "/v"

/** The segment for an address without a query. */
const NO_QUERY = "_"
const MAX_PARAMS = 12
const MAX_VALUE = 200
/** Parameters a page reads are short lower-case words; anything else (utm_*, fbclid, …) is dropped, so it does not split the cache. */
const PARAM_NAME = /^[a-z][a-z_]{0,19}$/
const TRACKING = /^(utm_|fbclid$|gclid$|_rsc$)/

/**
 * One segment for a query, the same for every order of the same parameters (sorted), so one
 * cache entry serves them all. base64url keeps Korean words and `&`/`=` out of the path's syntax.
 */
export function encodeQuery(params: URLSearchParams): string {
  const kept: [string, string][] = []
  for (const [name, value] of params) {
    if (!PARAM_NAME.test(name) || TRACKING.test(name) || value.length > MAX_VALUE || value.trim() === "") continue
    kept.push([name, value])
  }
  if (!kept.length) return NO_QUERY
  kept.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1))
  const text = new URLSearchParams(kept.slice(0, MAX_PARAMS)).toString()
  return Buffer.from(text, "utf8").toString("base64url")
}

/** The page's searchParams back from the segment; garbage decodes to no parameters. */
export function decodeQuery(segment: string): SearchParams {
  if (!segment || segment === NO_QUERY) return {}
  let text = ""
  try {
    text = Buffer.from(decodeURIComponent(segment), "base64url").toString("utf8")
  } catch {
    return {}
  }
  const out: SearchParams = {}
  for (const [name, value] of new URLSearchParams(text)) {
    if (!PARAM_NAME.test(name)) continue
    const had = out[name]
    out[name] = had === undefined ? value : [had, value].flat()
  }
  return out
}

/** Every catalog address with a cached twin (next.config.ts rewrites them when they have no query). */
export const CACHED_PAGES = [
  "/",
  "/products/:handle",
  "/categories/:handle",
  "/gift-sets",
  "/makers",
  "/makers/:handle",
  "/brands",
  "/brands/:handle",
  "/campaigns",
  "/campaigns/:handle",
  "/search",
]

/** The catalog addresses (the first segment) that have a cached twin. */
const CATALOG = new Set(["products", "categories", "gift-sets", "makers", "brands", "campaigns", "search"])

/** `/products/x?…` → `/v/<q>/products/x`; null for an address that is not a cached catalog page. */
export function cachedPathname(pathname: string, params: URLSearchParams): string | null {
  const clean = pathname.replace(/\/+$/, "") || "/"
  const first = clean.split("/")[1] ?? ""
  if (clean !== "/" && !CATALOG.has(first)) return null
  return `${CACHED_PREFIX}/${encodeQuery(params)}${clean === "/" ? "" : clean}`
}
