// storefront/server/response-cache.mjs in a real HTTP server, with a stand-in for Next that
// answers each path with the headers Next sends (what Next sends is checked end to end by
// tests/integration/storefront-revalidation.test.ts and cached-catalog.test.ts).
import http from "node:http"
import { createRequire } from "node:module"
import type { AddressInfo } from "node:net"
import { gzipSync, gunzipSync } from "node:zlib"
import { afterEach, describe, expect, it } from "vitest"

type Cache = {
  size: number
  invalidate(): void
  serve(req: http.IncomingMessage, res: http.ServerResponse): boolean
}
const load = () => import("../../storefront/server/response-cache.mjs") as Promise<{
  createResponseCache(options: { maxSeconds?: number; maxBytes?: number; now?: () => number }): Cache
  keepSeconds(status: number, headers: Record<string, unknown>, maxSeconds: number): number
  HIT_HEADER: string
}>

const PAGE = {
  "x-nextjs-cache": "HIT",
  "cache-control": "s-maxage=60, stale-while-revalidate=31535940",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  "content-type": "text/html; charset=utf-8",
}

let server: http.Server | undefined
afterEach(() => {
  server?.closeAllConnections()
  return new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
})

/** A server: the cache first, then `next` (the stand-in), which counts its calls. */
async function serve(cache: Cache, next: (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>) {
  const calls: string[] = []
  server = http.createServer((req, res) => {
    if (cache.serve(req, res)) return
    calls.push(req.url!)
    void next(req, res)
  })
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const get = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(base + path, init)
    return { status: res.status, body: await res.text(), hit: res.headers.get("x-jahwal-response-cache"), headers: res.headers }
  }
  return { calls, get, base }
}

const answer = (headers: Record<string, string>, body = "<p>page</p>", status = 200) => (_: unknown, res: http.ServerResponse) => {
  res.writeHead(status, headers)
  res.end(body)
}

describe("the response cache in front of Next (storefront/server/response-cache.mjs)", () => {
  it("answers a page Next served from its cache without asking Next again, byte for byte", async () => {
    const { createResponseCache } = await load()
    const { calls, get } = await serve(createResponseCache({}), (_, res) => {
      res.writeHead(200, { ...PAGE, "x-nextjs-cache": "MISS" }) // just rendered
      res.write("<p>first half, ")
      res.write(Buffer.from("두 번째 반"))
      res.end("</p>")
    })
    const first = await get("/products/a")
    const second = await get("/products/a")
    expect(first.hit).toBeNull()
    expect(second.hit).toBe("HIT")
    expect(second.body).toBe("<p>first half, 두 번째 반</p>")
    expect(second.body).toBe(first.body)
    expect(second.headers.get("cache-control")).toBe(PAGE["cache-control"])
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT")
    expect(Number(second.headers.get("content-length"))).toBe(Buffer.byteLength(first.body))
    expect(calls).toEqual(["/products/a"])
  })

  it("keys answers by the address and the headers Next varies by (RSC requests, encoding)", async () => {
    const { createResponseCache } = await load()
    const { calls, get, base } = await serve(createResponseCache({}), (req, res) => {
      const gzip = /gzip/.test(String(req.headers["accept-encoding"] ?? ""))
      const body = req.headers.rsc ? "rsc payload" : "<html>"
      res.writeHead(200, { ...PAGE, ...(gzip ? { "content-encoding": "gzip" } : {}) })
      res.end(gzip ? gzipSync(body) : body)
    })
    await get("/a")
    await get("/a?page=2")
    const rsc = await get("/a", { headers: { rsc: "1" } })
    const gzipped = () =>
      new Promise<{ encoding?: string; hit?: string; body: Buffer }>((resolve) =>
        http.get(`${base}/a`, { headers: { "accept-encoding": "gzip" } }, (res) => {
          const chunks: Buffer[] = []
          res.on("data", (c) => chunks.push(c))
          res.on("end", () =>
            resolve({ encoding: res.headers["content-encoding"], hit: res.headers["x-jahwal-response-cache"] as string, body: Buffer.concat(chunks) })
          )
        })
      )
    expect(rsc.body).toBe("rsc payload")
    expect((await gzipped()).encoding).toBe("gzip")
    expect(calls).toEqual(["/a", "/a?page=2", "/a", "/a"])
    // each of the four again: all kept, and the gzip one still decodes to the page
    expect((await get("/a")).body).toBe("<html>")
    expect((await get("/a?page=2")).hit).toBe("HIT")
    expect((await get("/a", { headers: { rsc: "1" } })).body).toBe("rsc payload")
    const gz = await gzipped()
    expect(gz.hit).toBe("HIT")
    expect(gz.encoding).toBe("gzip")
    expect(gunzipSync(gz.body).toString()).toBe("<html>")
    expect(calls).toHaveLength(4)
  })

  it("never keeps what Next did not serve alike to everyone", async () => {
    const { keepSeconds } = await load()
    expect(keepSeconds(200, PAGE, 5)).toBe(5)
    expect(keepSeconds(200, { ...PAGE, "x-nextjs-cache": "MISS" }, 5)).toBe(5)
    expect(keepSeconds(200, { ...PAGE, "cache-control": "s-maxage=2, stale-while-revalidate=10" }, 5)).toBe(2)
    const refused: Array<[number, Record<string, unknown>]> = [
      [200, { ...PAGE, "x-nextjs-cache": "STALE" }], // being rendered again
      [200, { ...PAGE, "x-nextjs-cache": undefined }], // a dynamic page
      [200, { ...PAGE, "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" }],
      [200, { ...PAGE, "cache-control": "max-age=60" }], // no shared-cache lifetime
      [200, { ...PAGE, "set-cookie": ["a=b"] }],
      [200, { ...PAGE, vary: "rsc, Cookie" }],
      [404, PAGE],
      [500, PAGE],
    ]
    for (const [status, headers] of refused) expect(keepSeconds(status, headers, 5), JSON.stringify([status, headers])).toBe(0)
  })

  it("passes on what it must not answer: other methods, draft mode, on-demand revalidation, an answer Next did not cache", async () => {
    const { createResponseCache } = await load()
    const { calls, get } = await serve(createResponseCache({}), (req, res) =>
      answer(req.url === "/dynamic" ? { "cache-control": "private, no-store", "content-type": "text/html" } : PAGE)(req, res)
    )
    for (let i = 0; i < 2; i++) {
      await get("/dynamic")
      await get("/p", { method: "HEAD" })
      await get("/draft", { headers: { cookie: "theme=1; __prerender_bypass=abc" } })
      await get("/revalidate", { headers: { "x-prerender-revalidate": "secret" } })
    }
    expect(calls).toEqual(["/dynamic", "/p", "/draft", "/revalidate", "/dynamic", "/p", "/draft", "/revalidate"])
  })

  it("keeps an answer min(s-maxage, maxSeconds) seconds", async () => {
    const { createResponseCache } = await load()
    let now = 1_000_000
    const { calls, get } = await serve(createResponseCache({ maxSeconds: 5, now: () => now }), (req, res) =>
      answer(req.url === "/short" ? { ...PAGE, "cache-control": "s-maxage=2, stale-while-revalidate=100" } : PAGE)(req, res)
    )
    await get("/long")
    await get("/short")
    now += 1_999
    expect((await get("/short")).hit).toBe("HIT")
    now += 2
    expect((await get("/short")).hit).toBeNull()
    now += 2_998
    expect((await get("/long")).hit).toBe("HIT")
    now += 2
    expect((await get("/long")).hit).toBeNull()
    expect(calls).toEqual(["/long", "/short", "/short", "/long"])
  })

  it("is off with maxSeconds 0", async () => {
    const { createResponseCache } = await load()
    const { calls, get } = await serve(createResponseCache({ maxSeconds: 0 }), answer(PAGE))
    await get("/a")
    await get("/a")
    expect(calls).toEqual(["/a", "/a"])
  })

  it("empties on every revalidated tag, and drops an answer rendered across the emptying", async () => {
    const { createResponseCache } = await load()
    const { onTagsRevalidated, tagsRevalidated } = await import("../../storefront/lib/cache/revalidate-message.cjs")
    const cache = createResponseCache({})
    const unsubscribe = onTagsRevalidated(() => cache.invalidate())
    let release: () => void = () => {}
    const { calls, get } = await serve(cache, async (req, res) => {
      if (req.url === "/slow" && calls.length === 3) await new Promise<void>((resolve) => (release = resolve))
      answer(PAGE, `<p>${calls.length}</p>`)(req, res)
    })
    try {
      await get("/a")
      expect((await get("/a")).hit).toBe("HIT")
      tagsRevalidated(["products"])
      expect(cache.size).toBe(0)
      expect((await get("/a")).hit).toBeNull()

      // a render that began before the revalidation may show the old price: not kept
      const slow = get("/slow")
      await new Promise((r) => setTimeout(r, 50))
      tagsRevalidated(["products"])
      release()
      await slow
      expect((await get("/slow")).hit).toBeNull()
      expect(calls).toEqual(["/a", "/a", "/slow", "/slow"])
    } finally {
      unsubscribe()
      release()
    }
  })

  it("holds at most maxBytes, the least recently used answers leaving first", async () => {
    const { createResponseCache } = await load()
    const body = "x".repeat(10_000)
    const cache = createResponseCache({ maxBytes: 80_000 })
    const { get } = await serve(cache, answer(PAGE, body))
    for (let i = 0; i < 20; i++) await get(`/p${i}`)
    expect(cache.size).toBeLessThanOrEqual(7)
    expect((await get("/p19")).hit).toBe("HIT")
    expect((await get("/p0")).hit).toBeNull()
  })

  it("under Next's own compression, a kept and a passed-on answer both arrive as valid gzip", async () => {
    const { createResponseCache } = await load()
    const require = createRequire(__filename)
    const compression = require("../../storefront/node_modules/next/dist/compiled/compression") as () => (req: unknown, res: unknown, next: () => void) => void
    const compress = compression()
    const page = "<p>" + "자활장터 ".repeat(2_000) + "</p>"
    const { base } = await serve(createResponseCache({}), (req, res) => {
      compress(req, res, () => {})
      res.setHeader("content-type", "text/html; charset=utf-8")
      if (req.url === "/cart") res.setHeader("cache-control", "private, no-store")
      else for (const [name, value] of Object.entries(PAGE)) res.setHeader(name, value)
      res.write(page.slice(0, 3_000))
      res.end(page.slice(3_000))
    })
    const gunzipped = (path: string) =>
      new Promise<{ hit?: string; text: string }>((resolve) =>
        http.get(`${base}${path}`, { headers: { "accept-encoding": "gzip" } }, (res) => {
          const chunks: Buffer[] = []
          res.on("data", (c) => chunks.push(c))
          res.on("end", () => resolve({ hit: res.headers["x-jahwal-response-cache"] as string | undefined, text: gunzipSync(Buffer.concat(chunks)).toString() }))
        })
      )
    for (const path of ["/cart", "/cart", "/page", "/page"]) expect((await gunzipped(path)).text, path).toBe(page)
    expect((await gunzipped("/page")).hit).toBe("HIT")
    expect((await gunzipped("/cart")).hit).toBeUndefined()
  })
})
