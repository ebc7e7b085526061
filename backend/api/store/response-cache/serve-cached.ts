import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ICacheService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CampaignBoundaries, windowAt } from "../../../lib/store-cache/campaign-window"
import { cacheKey, isCachedPath, isSearchPath, namesVisitor, pathAndSortedQuery } from "../../../lib/store-cache/cache-key"
import { catalogVersion } from "../../../lib/store-cache/catalog-version"
import { AnswerCache, type CachedAnswer } from "../../../lib/store-cache/entries"
import { InFlight } from "../../../lib/store-cache/in-flight"
import { MAX_BYTES, MAX_ENTRIES, storeCacheOn, storeCacheSeconds } from "../../../lib/store-cache/settings"
import { CAMPAIGNS_MODULE } from "../../../modules/campaigns"
import type CampaignsModuleService from "../../../modules/campaigns/service"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"

/** hit | miss | off (JAHWAL_STORE_CACHE=0, or the cache could not be read) | bypass (a visitor's own request) */
export const STORE_CACHE_HEADER = "x-jahwal-cache"

// One process's answers and computations under way; the version that keys them is shared.
const answers = new AnswerCache(MAX_ENTRIES, MAX_BYTES)
const inFlight = new InFlight<CachedAnswer | null>()
const boundaries = new CampaignBoundaries()

async function loadBoundaries(req: MedusaRequest): Promise<number[]> {
  const campaigns: CampaignsModuleService = req.scope.resolve(CAMPAIGNS_MODULE)
  const published = await campaigns.listSaleCampaigns({ status: "published" }, { select: ["starts_at", "ends_at"], take: null })
  return published.flatMap((c) => [new Date(c.starts_at).getTime(), new Date(c.ends_at).getTime()])
}

function sendAnswer(res: MedusaResponse, answer: CachedAnswer) {
  res.statusCode = 200
  res.setHeader("content-type", answer.contentType)
  res.setHeader("content-length", answer.body.length)
  res.setHeader(STORE_CACHE_HEADER, "hit")
  res.end(answer.body)
}

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
 * Medusa's publishable-key, locale and customer-auth middlewares run before it.
 */
export async function serveCachedStoreRead(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const url = req.originalUrl
  const { path } = pathAndSortedQuery(url)
  if (!isCachedPath(path)) return next()
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
    const version = await catalogVersion(req.scope.resolve<ICacheService>(Modules.CACHE))
    const now = Date.now()
    const window = windowAt(await boundaries.get(version, () => loadBoundaries(req)), now)
    const indexVersion = isSearchPath(path) ? await req.scope.resolve<SearchModuleService>(SEARCH_MODULE).indexVersion() : undefined
    key = cacheKey({ method: req.method, url, headers: req.headers, version, liveEpoch: window.epoch, indexVersion })
    expiresAt = Math.min(now + storeCacheSeconds() * 1000, window.next ?? Infinity)
  } catch (error) {
    req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`스토어 API 응답 캐시를 읽지 못해 캐시 없이 응답합니다: ${error instanceof Error ? error.message : String(error)}`)
    res.setHeader(STORE_CACHE_HEADER, "off")
    return next()
  }

  const cached = answers.get(key)
  if (cached) return sendAnswer(res, cached)
  const pending = inFlight.wait(key)
  if (pending) {
    const shared = await pending
    if (shared) return sendAnswer(res, shared)
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
