import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { validateKoreanBody } from "../../utils/validate-korean-body"
import { validateKoreanQuery } from "../../utils/validate-korean-query"
import { requireOwnOrder } from "./own-order"
import { SellerBulkShip, SellerListOrdersQuery, SellerShipParcel } from "./validators"

const CSV_TYPES = /^(text\/csv|application\/csv|application\/vnd\.ms-excel)\b/i
const CSV_LIMIT = 1024 * 1024

/**
 * Medusa parses JSON, text/plain and forms; a spreadsheet's own type (text/csv) is read here,
 * as UTF-8. Either way the CSV becomes `{ csv }`, so one schema checks both forms.
 */
async function csvAsJson(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (typeof req.body === "string") req.body = { csv: req.body }
  else if (CSV_TYPES.test(String(req.headers["content-type"] ?? "")) && !req.readableEnded) {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > CSV_LIMIT) throw new MedusaError(MedusaError.Types.INVALID_DATA, "CSV가 너무 큽니다. 500행 이하로 나눠 올려 주세요.")
      chunks.push(chunk)
    }
    req.body = { csv: Buffer.concat(chunks).toString("utf8") }
  }
  next()
}

export const sellerOrdersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/seller/orders", middlewares: [validateKoreanQuery(SellerListOrdersQuery)] },
  { method: ["POST"], matcher: "/seller/orders/bulk-ship", middlewares: [csvAsJson, validateKoreanBody(SellerBulkShip)] },
  { method: ["POST"], matcher: "/seller/orders/:id/ship", middlewares: [requireOwnOrder, validateKoreanBody(SellerShipParcel)] },
]
