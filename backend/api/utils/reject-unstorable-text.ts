import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export const UNSTORABLE_TEXT_ERROR = "입력값에 쓸 수 없는 문자(NUL 문자나 깨진 유니코드)가 들어 있습니다."

// a NUL, or a surrogate half without its partner (String#isWellFormed is newer than our lib target)
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const unstorable = (text: string) => UNSTORABLE.test(text)

/** True when any string (or key) in the value holds a NUL or a lone UTF-16 surrogate. */
export function hasUnstorableText(value: unknown): boolean {
  const stack: unknown[] = [value]
  while (stack.length) {
    const item = stack.pop()
    if (typeof item === "string") {
      if (unstorable(item)) return true
    } else if (item && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        if (unstorable(key)) return true
        stack.push(child)
      }
    }
  }
  return false
}

function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path)
  } catch {
    return undefined
  }
}

/**
 * PostgreSQL cannot hold a NUL character (the driver fails with "invalid message format", a 500)
 * and the driver silently turns a lone surrogate into U+FFFD: no text of ours may contain
 * either, so a request carrying one in its path, query or body is refused up front.
 */
export function rejectUnstorableText(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // the full path (req.path is relative where a matcher is mounted with app.use)
  const path = decodedPath(req.originalUrl.split("?")[0])
  if (path === undefined) throw new MedusaError(MedusaError.Types.INVALID_DATA, "주소(URL)에 올바르지 않은 문자가 들어 있습니다.")
  if (unstorable(path) || hasUnstorableText(req.query) || hasUnstorableText(req.body)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, UNSTORABLE_TEXT_ERROR)
  }
  next()
}

/**
 * On every route of our surfaces, Medusa's own included (wildcards run ahead of their
 * validators). Method-bound, so on /seller it runs after the seller guard (the only method-less
 * middleware there, see tests/unit/seller-guard.test.ts).
 */
export const inputGuardMiddlewares: MiddlewareRoute[] = ["/store*", "/admin*", "/seller*"].map((matcher) => ({
  method: ["GET", "POST", "PUT", "PATCH", "DELETE"],
  matcher,
  middlewares: [rejectUnstorableText],
}))
