import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export const NO_BODY_ERROR = "이 요청에는 보낼 내용이 없습니다. 내용 없이(또는 빈 JSON {}로) 보내 주세요."

/**
 * For routes that take no input (e.g. revoking an order's tokens): anything but no body or an
 * empty JSON object is a Korean 400, so a client never believes that extra fields did something.
 */
export function rejectAnyBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const length = Number(req.headers["content-length"] ?? 0)
  const chunked = req.headers["transfer-encoding"] !== undefined
  if (length === 0 && !chunked) return next()
  const isJson = /^application\/json\b/i.test(String(req.headers["content-type"] ?? ""))
  const body = req.body as unknown
  const empty = body !== null && typeof body === "object" && !Array.isArray(body) && Object.keys(body).length === 0
  if (!isJson || !empty) throw new MedusaError(MedusaError.Types.INVALID_DATA, NO_BODY_ERROR)
  next()
}
