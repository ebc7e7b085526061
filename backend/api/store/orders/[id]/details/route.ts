import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderDetailsView } from "../../../../../lib/orders/order-view"
import { loadAccessibleOrder } from "../../../../utils/order-access"
import { makersOfProducts } from "../../../../utils/order-documents"

/** GET /store/orders/:id/details — the order page's data, for the guest token (x-order-token header) or the owning customer. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const order = await loadAccessibleOrder(req)
  res.json({ order: orderDetailsView(order, await makersOfProducts(req.scope, order)) })
}
