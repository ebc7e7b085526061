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

/**
 * The parameters the catalog pages read besides `q` (proxy.ts's matcher spells the same list
 * out: Next reads it as a literal). A search address with `q` and none of these skips the proxy.
 */
export const CATALOG_QUERY_KEYS = ["page", "sort", "region", "maker", "category", "price_band", "price", "brand", "certification", "kind", "occasion", "union"]

/**
 * The segment of `/search?q=<words>` with no other parameter the page reads: "q~" and the words,
 * written by next.config.ts's rewrite (a rewrite cannot base64-encode), so the busiest query
 * never runs proxy.ts (docs/performance.md). "~" is not in base64url's alphabet, so no
 * encodeQuery segment starts with it.
 */
export const SEARCH_WORDS_PREFIX = "q~"
/**
 * Words of only these characters take the rewrite (Hangul, its jamo for 초성 search, ASCII letters
 * and digits, space, hyphen). Others (`%`, `/`, `?`, …) would not survive being put into a path
 * by a rewrite; proxy.ts's matcher sends them through the proxy's base64 segment instead.
 */
export const SEARCH_WORD_CHARS = "가-힣ㄱ-ㅎㅏ-ㅣ0-9A-Za-z -"

/** The page's searchParams back from the segment; garbage decodes to no parameters. */
export function decodeQuery(segment: string): SearchParams {
  if (!segment || segment === NO_QUERY) return {}
  if (segment.startsWith(SEARCH_WORDS_PREFIX)) {
    let words = segment.slice(SEARCH_WORDS_PREFIX.length)
    // Next hands the segment over still percent-encoded; the words themselves hold no "%"
    try {
      words = decodeURIComponent(words)
    } catch {
      return {}
    }
    // the same limits as encodeQuery: blank or overlong words are no query
    return words.trim() === "" || words.length > MAX_VALUE ? {} : { q: words }
  }
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

/** `/search?q=<words>` alone → `/v/q~<words>/search`: next.config.ts's rewrite, before CACHED_PAGES'. */
export const SEARCH_WORDS_REWRITE = {
  source: "/search",
  has: [{ type: "query" as const, key: "q", value: `(?<words>[${SEARCH_WORD_CHARS}]*[${SEARCH_WORD_CHARS.replace(" ", "")}][${SEARCH_WORD_CHARS}]*)` }],
  missing: CATALOG_QUERY_KEYS.map((key) => ({ type: "query" as const, key })),
  destination: `${CACHED_PREFIX}/${SEARCH_WORDS_PREFIX}:words/search`,
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
