import type { ServerResponse } from "node:http"
import { CampaignBoundaries } from "./campaign-window"
import { AnswerCache, type CachedAnswer } from "./entries"
import { InFlight } from "./in-flight"
import { MAX_BYTES, MAX_ENTRIES } from "./settings"

/** hit | miss | off (JAHWAL_STORE_CACHE=0, or the cache could not be read) | bypass (a visitor's own request) */
export const STORE_CACHE_HEADER = "x-jahwal-cache"
/** On a hit answered by the HTTP server itself, before Express (front-door.ts): "door". */
export const STORE_CACHE_AT_HEADER = "x-jahwal-cache-at"

export type StoreCacheState = {
  answers: AnswerCache
  inFlight: InFlight<CachedAnswer | null>
  boundaries: CampaignBoundaries
}

// On globalThis: the HTTP server's door and the /store/* middleware are loaded by different
// loaders and must see the one set of answers of this process.
const STATE = Symbol.for("jahwal.store-cache.state")

/** This process's answers, computations under way and memos. */
export function storeCacheState(): StoreCacheState {
  const holder = globalThis as typeof globalThis & { [STATE]?: StoreCacheState }
  holder[STATE] ??= {
    answers: new AnswerCache(MAX_ENTRIES, MAX_BYTES),
    inFlight: new InFlight<CachedAnswer | null>(),
    boundaries: new CampaignBoundaries(),
  }
  return holder[STATE]
}

export function sendCachedAnswer(res: ServerResponse, answer: CachedAnswer, at?: "door") {
  res.statusCode = 200
  res.setHeader("content-type", answer.contentType)
  res.setHeader("content-length", answer.body.length)
  res.setHeader(STORE_CACHE_HEADER, "hit")
  if (at) res.setHeader(STORE_CACHE_AT_HEADER, at)
  res.end(answer.body)
}
