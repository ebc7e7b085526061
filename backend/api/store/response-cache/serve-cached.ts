import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isCachedPath, namesVisitor, pathOf } from "../../../lib/store-cache/cache-key"
import type { CachedAnswer } from "../../../lib/store-cache/entries"
import { sendCachedAnswer, STORE_CACHE_HEADER, storeCacheState } from "../../../lib/store-cache/process-cache"
import { storeRequestKey } from "../../../lib/store-cache/request-key"
import { storeCacheOn } from "../../../lib/store-cache/settings"

/**
 * Calls `done` once with the body of a 200 answer sent in one piece (as res.json does), or
 * with null for anything else: an error, another status, a streamed body, a closed connection.
 */
function captureAnswer(res: MedusaResponse, done: (answer: Omit<CachedAnswer, "expiresAt"> | null) => void) {
  const { write, end } = res
  let streamed = false
  let settled = false
  const settle = (answer: Omit<CachedAnswer, "expiresAt"> | null) => {
    if (settled) return
    settled = true
    done(answer)
  }
  res.write = function (this: MedusaResponse, ...args: Parameters<MedusaResponse["write"]>) {
    streamed = true
    return write.apply(this, args)
  } as MedusaResponse["write"]
  res.end = function (this: MedusaResponse, ...args: unknown[]) {
    const [chunk, encoding] = args
    if (!streamed && res.statusCode === 200 && (typeof chunk === "string" || Buffer.isBuffer(chunk))) {
      const body = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
      settle({ body, contentType: String(res.getHeader("content-type") ?? "application/json; charset=utf-8") })
    } else {
      settle(null)
    }
    return (end as (...a: unknown[]) => MedusaResponse).apply(this, args)
  } as MedusaResponse["end"]
  res.once("close", () => settle(null))
}

/**
 * GET reads of the public catalog (cache-key.ts names them) are answered from memory when the
 * same request was answered under the current catalog version and campaign window: keyed by
 * path, sorted query, publishable key, price epoch and locale, never for a visitor who is
 * identified, only 200 answers, and one computation per key however many requests wait for it.
 * Registered on "/store/*" so it runs ahead of every other store middleware (a hit skips them);
 * Medusa's publishable-key, locale and customer-auth middlewares run before it. Under
 * `medusa start` most hits never get here: the HTTP server answers them first (front-door.ts).
 */
export async function serveCachedStoreRead(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const url = req.originalUrl
  if (!isCachedPath(pathOf(url))) return next()
  if (!storeCacheOn()) {
    res.setHeader(STORE_CACHE_HEADER, "off")
    return next()
  }
  if (namesVisitor(req.headers, (req as Partial<MedusaStoreRequest>).auth_context?.actor_id)) {
    res.setHeader(STORE_CACHE_HEADER, "bypass")
    return next()
  }

  let key: string
  let expiresAt: number
  try {
    ;({ key, expiresAt } = await storeRequestKey(req.scope, { method: req.method, url, headers: req.headers }))
  } catch (error) {
    req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`스토어 API 응답 캐시를 읽지 못해 캐시 없이 응답합니다: ${error instanceof Error ? error.message : String(error)}`)
    res.setHeader(STORE_CACHE_HEADER, "off")
    return next()
  }

  const { answers, inFlight } = storeCacheState()
  const cached = answers.get(key)
  if (cached) return sendCachedAnswer(res, cached)
  const pending = inFlight.wait(key)
  if (pending) {
    const shared = await pending
    if (shared) return sendCachedAnswer(res, shared)
    // the one being computed failed or was not a 200: this request computes its own, alone
  }
  const settle = pending ? undefined : inFlight.start(key)
  res.setHeader(STORE_CACHE_HEADER, "miss")
  captureAnswer(res, (answer) => {
    const entry = answer && { ...answer, expiresAt }
    if (entry) answers.set(key, entry)
    settle?.(entry)
  })
  next()
}
