import type { IncomingMessage, ServerResponse } from "node:http"
import { createRequire } from "node:module"
import { container } from "@medusajs/framework"
import { isCachedPath, namesVisitor, pathOf } from "../../../lib/store-cache/cache-key"
import { sendCachedAnswer, storeCacheState } from "../../../lib/store-cache/process-cache"
import { storeRequestKey } from "../../../lib/store-cache/request-key"
import { storeCacheOn } from "../../../lib/store-cache/settings"

type Headers = IncomingMessage["headers"]

/**
 * Whether the HTTP server may look for this request's answer in the cache before Express and
 * Medusa's middlewares see it. Only what the /store/* middleware would answer from the cache
 * anyway, and only where skipping those middlewares changes nothing in the answer:
 * - a GET of a cached catalog read, the cache on;
 * - a publishable key named (a cached answer under that key exists only if Medusa accepted it);
 * - no visitor named (no bearer token, no session cookie: Medusa's auth would find no one);
 * - no Origin: a browser's cross-origin read gets Medusa's CORS headers, so Express answers it.
 */
export function mayAnswerAtTheDoor(method: string | undefined, url: string | undefined, headers: Headers): boolean {
  if (method !== "GET" || !url || !storeCacheOn()) return false
  if (!isCachedPath(pathOf(url))) return false
  if (!String(headers["x-publishable-api-key"] ?? "").trim() || headers.origin !== undefined) return false
  return !namesVisitor(headers)
}

/**
 * Answers a cached catalog read straight from this process's answers (or the one being
 * computed for the same key), and says whether it did. Anything else, a miss included, goes
 * on to Express, where the /store/* middleware computes, coalesces and keeps the answer.
 */
export async function answerAtTheDoor(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (!mayAnswerAtTheDoor(req.method, req.url, req.headers)) return false
  const url = req.url as string
  let key: string
  try {
    ;({ key } = await storeRequestKey(container, { method: "GET", url, headers: req.headers }))
  } catch {
    return false // Express answers it; its middleware says what went wrong
  }
  const { answers, inFlight } = storeCacheState()
  const answer = answers.get(key) ?? (await inFlight.wait(key))
  if (!answer) return false
  sendCachedAnswer(res, answer, "door")
  return true
}

type RequestHandler = () => Promise<void>
type TraceRequestHandler = (handler: RequestHandler, req: IncomingMessage, res: ServerResponse, handlerPath?: string) => Promise<void>
type StartCommand = { traceRequestHandler?: TraceRequestHandler }

const INSTALLED = Symbol.for("jahwal.store-cache.front-door")

/**
 * Puts the door in front of Express. `medusa start` passes every request through
 * `traceRequestHandler` of its start command when one is set; Medusa's own OpenTelemetry
 * instrumentation (instrumentation.ts, registerOtel) sets it the same way, and that one, if
 * set, still runs for every request the door does not answer. Why: a cache hit that goes
 * through Express pays the session, logging, CORS and body-parser middlewares and Medusa's
 * publishable-key query (two SQL statements per request), ~4 ms of the one main thread; at the
 * door it costs a map lookup. Elsewhere (`medusa develop`, the integration test runner, which
 * build their own server) this does nothing and the middleware serves every hit.
 */
export function installFrontDoor(start: StartCommand = loadStartCommand()): void {
  const holder = start as StartCommand & { [INSTALLED]?: true }
  if (holder[INSTALLED]) return
  holder[INSTALLED] = true
  const previous = start.traceRequestHandler
  start.traceRequestHandler = async (handler, req, res, handlerPath) => {
    let answered = false
    try {
      answered = await answerAtTheDoor(req, res)
    } catch {
      answered = res.headersSent // a failure before anything was sent: Express answers instead
    }
    if (answered) return
    if (previous) return previous(handler, req, res, handlerPath)
    return handler()
  }
}

/** The start command module itself (a CommonJS object its handler reads per request), not a copy. */
function loadStartCommand(): StartCommand {
  return createRequire(__filename)("@medusajs/medusa/commands/start") as StartCommand
}
