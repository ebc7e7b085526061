import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { accessTokenBody, issueOrderAccessToken } from "../../../../utils/order-access"

/** How long after completion the cart's holder can still collect the order's token. */
export const ORDER_HANDOVER_WINDOW_MS = 60 * 60_000

export const HANDOVER_NOT_FOUND = "주문을 찾을 수 없습니다. 주문 조회에서 주문번호와 연락처로 찾아 주세요."

type CartRow = { id: string; completed_at: string | Date | null; order?: { id: string; display_id: number } | null }

/**
 * POST /store/carts/:id/order-access — the guest's access token for the order their checkout just
 * placed (the storefront keeps it in an httpOnly cookie for the confirmation and order pages).
 *
 * What proves "this client completed the cart": the cart id. It is a random id the storefront
 * keeps only in the buyer's httpOnly cookie, and no store route shows it for an order (Medusa's
 * GET /store/orders/:id, which could list cart.id, is closed to guests). The answer is given only
 * within an hour of completion, so a cart id that surfaces later (an old cookie, a log) opens
 * nothing. Unknown, open, or too old: the same 404. The order number or id alone gets nothing.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "order.id", "order.display_id"],
    filters: { id: req.params.id },
  })
  const cart = data[0] as unknown as CartRow | undefined
  const completedAt = cart?.completed_at ? new Date(cart.completed_at).getTime() : NaN
  if (!cart?.order || !(Date.now() - completedAt <= ORDER_HANDOVER_WINDOW_MS)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, HANDOVER_NOT_FOUND)
  }
  res.json({
    order: { id: cart.order.id, display_id: cart.order.display_id },
    ...accessTokenBody(issueOrderAccessToken(req.scope, cart.order.id)),
  })
}
