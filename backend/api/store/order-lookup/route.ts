import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { normalizeMobilePhone } from "../../../lib/korean/contact"
import { toWon } from "../../../lib/money/won"
import { readOrderDetails } from "../../../lib/orders/order-metadata"
import { accessTokenBody, issueOrderAccessToken } from "../../utils/order-access"
import { loadOrder } from "../../utils/order-documents"
import { lookupAddress, lookupLimits, TOO_MANY_LOOKUPS } from "./lookup-limits"
import type { StoreOrderLookupType } from "./validators"

export const LOOKUP_NOT_FOUND = "주문을 찾을 수 없습니다. 주문번호와 이메일(또는 휴대폰 번호)을 확인해 주세요."

type Candidate = { id: string; email: string | null; metadata: Record<string, unknown> | null }

/**
 * Only the orderer's own contact opens an order: the order email or the orderer's phone. Never
 * the recipient's phone — for a gift it is printed on the packing slip next to the order number,
 * and the recipient must not see the buyer's email, prices or certificate.
 */
function contactMatches(order: Candidate, body: StoreOrderLookupType): boolean {
  if (body.email !== undefined) return !!order.email && order.email.trim().toLowerCase() === body.email.toLowerCase()
  const wanted = normalizeMobilePhone(body.phone ?? "")
  const orderer = readOrderDetails(order.metadata).orderer_phone
  return !!wanted && !!orderer && normalizeMobilePhone(orderer) === wanted
}

function tooMany(res: MedusaResponse) {
  res.status(429).json({ type: "too_many_requests", message: TOO_MANY_LOOKUPS })
}

/**
 * POST /store/order-lookup — a guest finds an order by its number and the email or phone used
 * to place it, and receives an access token for the order pages (30 days). A wrong number and a
 * wrong contact give the same 404, so the endpoint does not confirm which orders exist.
 * Limits: lookup-limits.ts.
 */
export async function POST(req: MedusaRequest<StoreOrderLookupType>, res: MedusaResponse) {
  const body = req.validatedBody
  const limits = lookupLimits(req.scope)
  const address = lookupAddress(req)
  const numberKey = String(body.order_number)
  if (await limits.byAddress.isExhausted(address)) return tooMany(res)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email", "metadata"],
    filters: { display_id: body.order_number },
  })
  const candidates = data as unknown as Candidate[]
  if (candidates.length && (await limits.byOrderNumber.isExhausted(numberKey)) && (await limits.byAddress.misses(address)) > 0) {
    return tooMany(res)
  }
  const match = candidates.find((order) => contactMatches(order, body))
  if (!match) {
    await limits.byAddress.recordMiss(address)
    if (candidates.length) await limits.byOrderNumber.recordMiss(numberKey)
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
    ...accessTokenBody(issueOrderAccessToken(req.scope, order.id)),
  })
}
