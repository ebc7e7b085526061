// The whole HTTP answers of the cached catalog, kept in each storefront worker's memory in front
// of Next (issue #14). Next already keeps these pages rendered (ISR), but answering one from its
// cache still costs its router ~1.4 ms of the worker's thread per request; sending a kept answer
// costs ~0.06 ms (home page at 50 connections, one worker: Next 700 req/s, this 15,000 req/s;
// docs/performance.md). A shared cache in front of Next, the way a CDN or nginx microcache
// honours `s-maxage`, but in-process so that it can be told of every revalidation.
//
// What it keeps: only what Next itself serves from its page cache to everyone — a GET answered
// 200 with `x-nextjs-cache` HIT or MISS (never STALE: that one is being rendered again), a public
// `s-maxage`, no Set-Cookie, and a Vary within KEY_HEADERS. Keyed by the URL and those headers.
// How long: min(s-maxage, maxSeconds); and every revalidated tag (lib/cache/revalidate-message.cjs,
// from this worker or relayed from another) empties it at once, so an edit reaches the pages as
// fast as it did without it. An answer whose render began before an emptying is not kept (it may
// predate the edit).
import { LRUCache } from "lru-cache"

/** The request headers Next's answers vary by (its Vary: the router headers, and encoding). */
export const KEY_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "accept-encoding",
]
/** Set on every answer this cache sends, so tests and curl can tell. */
export const HIT_HEADER = "x-jahwal-response-cache"
// Next's draft mode and on-demand res.revalidate must reach Next, never a kept answer.
const BYPASS_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/
const DROPPED_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "date"])

/** One entry of the key: the URL as asked (path and query) and each KEY_HEADERS value. */
export function responseKey(req) {
  return [req.url, ...KEY_HEADERS.map((name) => String(req.headers[name] ?? ""))].join("\n")
}

function bypasses(req) {
  return req.method !== "GET" || req.headers["x-prerender-revalidate"] !== undefined || BYPASS_COOKIE.test(req.headers.cookie ?? "")
}

/** Seconds a finished answer may be kept, or 0 when it must not be (see the file's head). */
export function keepSeconds(statusCode, headers, maxSeconds) {
  if (statusCode !== 200 || headers["set-cookie"] !== undefined) return 0
  const nextCache = String(headers["x-nextjs-cache"] ?? "")
  if (nextCache !== "HIT" && nextCache !== "MISS") return 0
  const cacheControl = String(headers["cache-control"] ?? "").toLowerCase()
  const sMaxAge = /(?:^|[,\s])s-maxage=(\d+)/.exec(cacheControl)
  if (!sMaxAge || /\b(?:private|no-store|no-cache)\b/.test(cacheControl)) return 0
  const vary = String(headers.vary ?? "").toLowerCase().split(",").map((v) => v.trim()).filter(Boolean)
  if (vary.some((name) => !KEY_HEADERS.includes(name))) return 0
  return Math.min(Number(sMaxAge[1]), maxSeconds)
}

/**
 * `maxSeconds`: the longest an answer is kept (0: the cache is off and passes everything on);
 * `maxBytes`: the memory it may hold (least recently used answers leave first); `now` for tests.
 */
export function createResponseCache({ maxSeconds = 5, maxBytes = 64 * 1024 * 1024, now = Date.now } = {}) {
  const entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => entry.body.length + 512 })
  // bumped by every emptying; an answer is kept only if none happened while it was rendered
  let generation = 0

  return {
    get size() {
      return entries.size
    },

    /** Empties the cache (a tag was revalidated). */
    invalidate() {
      generation++
      entries.clear()
    },

    /**
     * Answers `req` from the cache and returns true, or returns false and arranges for Next's
     * answer on `res` to be kept when it qualifies. Call before handing the request to Next.
     */
    serve(req, res) {
      if (maxSeconds <= 0 || bypasses(req)) return false
      const key = responseKey(req)
      const kept = entries.get(key)
      if (kept && kept.expiresAt > now()) {
        res.writeHead(kept.statusCode, kept.headers)
        res.end(kept.body)
        return true
      }
      if (kept) entries.delete(key)
      capture(res, {
        seconds: (statusCode, headers) => keepSeconds(statusCode, headers, maxSeconds),
        maxBody: maxBytes / 8,
        generation: () => generation,
        keep: (statusCode, headers, body, seconds) => {
          const stored = { [HIT_HEADER]: "HIT" }
          for (const [name, value] of Object.entries(headers)) if (!DROPPED_HEADERS.has(name)) stored[name] = value
          stored["content-length"] = String(body.length)
          // the first of these came from a render (MISS); every one sent from here is a cache hit
          stored["x-nextjs-cache"] = "HIT"
          entries.set(key, { statusCode, headers: stored, body, expiresAt: now() + seconds * 1000 })
        },
      })
    },
  }
}

/**
 * Collects what Next writes on `res` (after its compression, which wraps these same methods
 * later) and hands it to `keep` once the answer has ended, if no emptying came in between.
 * Whether it may be kept is decided once, from the status and headers, at the first body byte:
 * everything else (the visitor's pages, JS chunks, API answers) is passed on without being
 * buffered, and so is an answer that grows past `maxBody`. The wrappers stay on `res` to the end:
 * Next's compression wraps them in turn, so putting the originals back mid-answer would bypass it.
 */
function capture(res, { seconds, maxBody, generation, keep }) {
  const startedIn = generation()
  const chunks = []
  let size = 0
  let keepFor = null // seconds, decided at the first body byte; 0: not kept
  // headers given to writeHead directly never show in getHeaders()
  const headedWith = {}
  const original = { writeHead: res.writeHead, write: res.write, end: res.end }
  const headers = () => ({ ...res.getHeaders(), ...headedWith })
  const collect = (chunk, encoding) => {
    keepFor ??= seconds(res.statusCode, headers())
    if (keepFor <= 0 || chunk == null || typeof chunk === "function") return
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
        : Buffer.from(chunk)
    size += buffer.length
    if (size > maxBody) keepFor = 0
    else chunks.push(buffer)
  }
  res.writeHead = function (statusCode, ...rest) {
    const given = rest.find((arg) => arg && typeof arg === "object")
    if (Array.isArray(given)) {
      for (let i = 0; i + 1 < given.length; i += 2) headedWith[String(given[i]).toLowerCase()] = given[i + 1]
    } else if (given) {
      for (const [name, value] of Object.entries(given)) headedWith[name.toLowerCase()] = value
    }
    return original.writeHead.call(this, statusCode, ...rest)
  }
  res.write = function (chunk, encoding, callback) {
    collect(chunk, encoding)
    return original.write.call(this, chunk, encoding, callback)
  }
  res.end = function (chunk, encoding, callback) {
    collect(chunk, encoding)
    if (keepFor > 0 && !failed && generation() === startedIn) keep(res.statusCode, headers(), Buffer.concat(chunks), keepFor)
    return original.end.call(this, chunk, encoding, callback)
  }
  // an answer cut off (client gone, render error mid-stream) is never kept
  let failed = false
  res.once("close", () => {
    if (!res.writableFinished) failed = true
  })
}
