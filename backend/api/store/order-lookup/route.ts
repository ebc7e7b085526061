import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { normalizeMobilePhone } from "../../../lib/korean/contact"
import { toWon } from "../../../lib/money/won"
import { issueOrderAccessToken } from "../../utils/order-access"
import { loadOrder } from "../../utils/order-documents"
import { failedLookups, TOO_MANY_LOOKUPS } from "./failed-attempts"
import type { StoreOrderLookupType } from "./validators"

export const LOOKUP_NOT_FOUND = "주문을 찾을 수 없습니다. 주문번호와 이메일(또는 휴대폰 번호)을 확인해 주세요."

type Candidate = { id: string; email: string | null; metadata: Record<string, unknown> | null; shipping_address: { phone: string | null } | null }

function contactMatches(order: Candidate, body: StoreOrderLookupType): boolean {
  if (body.email !== undefined) return !!order.email && order.email.trim().toLowerCase() === body.email.toLowerCase()
  const wanted = normalizeMobilePhone(body.phone ?? "")
  if (!wanted) return false
  const known = [order.metadata?.orderer_phone, order.shipping_address?.phone]
  return known.some((phone) => typeof phone === "string" && normalizeMobilePhone(phone) === wanted)
}

/**
 * POST /store/order-lookup — a guest finds an order by its number and the email or phone used
 * to place it, and receives the access token for the order pages. A wrong number and a wrong
 * contact give the same 404, so the endpoint does not confirm which orders exist.
 */
export async function POST(req: MedusaRequest<StoreOrderLookupType>, res: MedusaResponse) {
  const body = req.validatedBody
  if (failedLookups.isLocked(body.order_number)) {
    res.status(429).json({ type: "too_many_requests", message: TOO_MANY_LOOKUPS })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email", "metadata", "shipping_address.phone"],
    filters: { display_id: body.order_number },
  })
  const match = (data as unknown as Candidate[]).find((order) => contactMatches(order, body))
  if (!match) {
    failedLookups.recordMiss(body.order_number)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, LOOKUP_NOT_FOUND)
  }
  const order = await loadOrder(req.scope, match.id)
  res.json({
    order: {
      id: order.id,
      display_id: order.display_id,
      created_at: new Date(order.created_at).toISOString(),
      email: order.email,
      status: order.status,
      payment_status: order.payment_status ?? null,
      total: toWon(order.total),
    },
    access_token: issueOrderAccessToken(req.scope, order.id),
  })
}
