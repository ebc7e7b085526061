import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderDetailsView } from "../../../../../lib/orders/order-view"
import { loadOrder, makersOfProducts } from "../../../../utils/order-documents"
import { evidenceOfOrders } from "../../../../utils/purchase-evidence-view"

/** GET /admin/orders/:id/checkout-details — 주문자, 선물하기, 무통장입금 state, 증빙 요청 for the order widget. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const order = await loadOrder(req.scope, req.params.id)
  const view = orderDetailsView(order, await makersOfProducts(req.scope, order))
  const payment = (order.payment_collections ?? []).flatMap((c) => c.payments ?? []).at(-1)
  const evidence = (await evidenceOfOrders(req.scope, [order.id])).get(order.id) ?? null
  res.json({ order: { ...view, payment: { ...view.payment, id: payment?.id ?? null }, purchase_evidence: evidence } })
}
