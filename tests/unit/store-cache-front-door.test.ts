import type { IncomingMessage, ServerResponse } from "node:http"
import { afterEach, describe, expect, it } from "vitest"
import { installFrontDoor, mayAnswerAtTheDoor } from "../../backend/api/store/response-cache/front-door"

const key = { "x-publishable-api-key": "pk_1" }

describe("store response cache: the HTTP server's door", () => {
  afterEach(() => {
    delete process.env.JAHWAL_STORE_CACHE
  })

  it("looks for a GET of a cached catalog read that names a publishable key", () => {
    expect(mayAnswerAtTheDoor("GET", "/store/campaigns", key)).toBe(true)
    expect(mayAnswerAtTheDoor("GET", "/store/search?q=%EA%B9%80&limit=24", key)).toBe(true)
    expect(mayAnswerAtTheDoor("GET", "/store/products?fields=*variants.calculated_price&limit=8", { ...key, cookie: "_ga=1" })).toBe(true)
  })

  it("leaves to Express what Medusa's middlewares would answer differently", () => {
    // no key (Medusa's error), another method, a path it does not cache
    expect(mayAnswerAtTheDoor("GET", "/store/campaigns", {})).toBe(false)
    expect(mayAnswerAtTheDoor("GET", "/store/campaigns", { "x-publishable-api-key": " " })).toBe(false)
    expect(mayAnswerAtTheDoor("HEAD", "/store/campaigns", key)).toBe(false)
    expect(mayAnswerAtTheDoor("POST", "/store/carts", key)).toBe(false)
    expect(mayAnswerAtTheDoor("GET", "/store/carts/cart_1", key)).toBe(false)
    expect(mayAnswerAtTheDoor("GET", "/admin/products", key)).toBe(false)
    expect(mayAnswerAtTheDoor("GET", undefined, key)).toBe(false)
    // a named visitor (customer-group prices), a browser's cross-origin read (CORS headers)
    expect(mayAnswerAtTheDoor("GET", "/store/products", { ...key, authorization: "Bearer t" })).toBe(false)
    expect(mayAnswerAtTheDoor("GET", "/store/products", { ...key, cookie: "connect.sid=s%3Aabc" })).toBe(false)
    expect(mayAnswerAtTheDoor("GET", "/store/products", { ...key, origin: "http://localhost:8000" })).toBe(false)
  })

  it("stays shut with the cache off", () => {
    process.env.JAHWAL_STORE_CACHE = "0"
    expect(mayAnswerAtTheDoor("GET", "/store/campaigns", key)).toBe(false)
  })

  type Start = Parameters<typeof installFrontDoor>[0] & {}
  const request = (method: string, url: string) => ({ method, url, headers: { ...key } }) as unknown as IncomingMessage
  const response = () => ({ headersSent: false }) as unknown as ServerResponse

  it("hands what it does not answer to Medusa's handler, once installed however often it is asked", async () => {
    const start: Start = {}
    installFrontDoor(start)
    const installed = start.traceRequestHandler
    installFrontDoor(start)
    expect(start.traceRequestHandler).toBe(installed)
    let handled = 0
    await start.traceRequestHandler!(async () => void handled++, request("POST", "/store/carts"), response())
    expect(handled).toBe(1)
  })

  it("keeps a handler set before it (Medusa's OpenTelemetry tracing) for everything else", async () => {
    const traced: string[] = []
    const start: Start = {
      traceRequestHandler: async (handler, req, _res, path) => {
        traced.push(`${req.method} ${path}`)
        await handler()
      },
    }
    installFrontDoor(start)
    let handled = 0
    await start.traceRequestHandler!(async () => void handled++, request("GET", "/store/carts/cart_1"), response(), "/store/carts/:id")
    expect(traced).toEqual(["GET /store/carts/:id"])
    expect(handled).toBe(1)
  })

  it("a request it may look for but cannot read the cache for (no Medusa here) goes on to Express", async () => {
    const start: Start = {}
    installFrontDoor(start)
    let handled = 0
    await start.traceRequestHandler!(async () => void handled++, request("GET", "/store/campaigns"), response())
    expect(handled).toBe(1)
  })
})
