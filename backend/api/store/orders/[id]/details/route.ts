import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderDetailsView } from "../../../../../lib/orders/order-view"
import { loadAccessibleOrder } from "../../../../utils/order-access"
import { makersOfProducts } from "../../../../utils/order-documents"
import type { StoreOrderAccessQueryType } from "../../validators"

/** GET /store/orders/:id/details?token= — the order page's data (token or the owning customer). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreOrderAccessQueryType>, res: MedusaResponse) {
  const order = await loadAccessibleOrder(req, req.validatedQuery.token as string | undefined)
  res.json({ order: orderDetailsView(order, await makersOfProducts(req.scope, order)) })
}
