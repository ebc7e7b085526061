import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadAccessibleOrder } from "../../../../utils/order-access"
import { cancelOrderByCustomerWorkflow } from "../../../../../workflows/refunds/workflows/cancel-order-by-customer"
import { refundSummaryOf } from "../../../../utils/order-refunds"
import type { StoreOrderCancelType } from "./validators"

/**
 * POST /store/orders/:id/cancel — the customer cancels before anything shipped: for the token
 * holder (x-order-token) or the logged-in customer who placed it, like the order details. A
 * shipped (or started) order is a Korean 400; card payments are refunded or released through
 * the provider; a paid 무통장입금 needs `refund_account` and is refunded by staff.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreOrderCancelType>, res: MedusaResponse) {
  const order = await loadAccessibleOrder(req)
  const body = req.validatedBody as StoreOrderCancelType
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  await cancelOrderByCustomerWorkflow(req.scope).run({
    input: { order_id: order.id, refund_account: body.refund_account ?? null, canceled_by: customerId ?? "guest" },
  })
  res.json({ order: { id: order.id, status: "canceled" }, refunds: await refundSummaryOf(req.scope, order.id) })
}
