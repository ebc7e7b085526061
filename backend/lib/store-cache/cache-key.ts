/**
 * Which Store API reads are cached, when a request may be served from the cache, and its key.
 * Pure functions (tests/unit/store-response-cache.test.ts).
 */

/** The public, visitor-independent GET reads the storefront makes (storefront/lib/data/*.ts). */
const CACHED_PATHS = [
  /^\/store\/products(\/[^/]+)?$/,
  /^\/store\/product-categories(\/[^/]+)?$/,
  /^\/store\/collections(\/[^/]+)?$/,
  /^\/store\/regions(\/[^/]+)?$/,
  /^\/store\/makers(\/[^/]+)?$/,
  /^\/store\/brands(\/[^/]+)?$/,
  /^\/store\/campaigns(\/[^/]+)?$/,
  /^\/store\/search(\/suggest)?$/,
]

export function isCachedPath(path: string): boolean {
  return CACHED_PATHS.some((re) => re.test(path))
}

/** Search answers also depend on the search index, which is written after the catalog events. */
export function isSearchPath(path: string): boolean {
  return /^\/store\/search(\/suggest)?$/.test(path)
}

type Headers = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ""

/**
 * A request that names a visitor — a bearer token, a session cookie, or a customer Medusa's own
 * auth middleware found — may get an answer of its own (customer-group prices): never cached.
 */
export function namesVisitor(headers: Headers, actorId?: string): boolean {
  if (actorId) return true
  if (first(headers.authorization)) return true
  const cookie = [headers.cookie].flat().join(";")
  return /(^|;\s*)connect\.sid=/.test(cookie)
}

/**
 * The headers that change an answer: the publishable key selects the sales channel, the price
 * epoch is the storefront's own cache key part, the locale picks translations.
 */
const KEYED_HEADERS = ["x-publishable-api-key", "x-jahwal-price-epoch", "x-medusa-locale"]

export type KeyParts = {
  method: string
  /** req.originalUrl: path and query as sent (middlewares ahead of the route rewrite req.query) */
  url: string
  headers: Headers
  /** the catalog version: any change of what the Store API shows moves it */
  version: string
  /** the last campaign window boundary passed (ms): a live 특판가 turns the key at that instant */
  liveEpoch: number
  /** the search index's write counter, for search reads */
  indexVersion?: string
}

/** A request URL's path: what decides whether it is cached, without sorting its query (per request). */
export function pathOf(url: string): string {
  const at = url.indexOf("?")
  return at < 0 ? url : url.slice(0, at)
}

/** Splits a request URL into its path and its query sorted by name (values of one name keep their order). */
export function pathAndSortedQuery(url: string): { path: string; query: string } {
  const at = url.indexOf("?")
  const path = pathOf(url)
  if (at < 0) return { path, query: "" }
  const params = [...new URLSearchParams(url.slice(at + 1))]
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return { path, query: new URLSearchParams(params).toString() }
}

export function cacheKey({ method, url, headers, version, liveEpoch, indexVersion = "" }: KeyParts): string {
  const { path, query } = pathAndSortedQuery(url)
  const keyed = KEYED_HEADERS.map((h) => `${h}=${first(headers[h])}`).join("&")
  return [version, liveEpoch, indexVersion, method.toUpperCase(), path, query, keyed].join("|")
}
