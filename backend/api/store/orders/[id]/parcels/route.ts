import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadAccessibleOrder } from "../../../../utils/order-access"
import { orderParcelViews } from "./load-parcels"

/** GET /store/orders/:id/parcels — each maker's parcel: status, carrier, 송장번호, tracking link (token or owner, like the details). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const order = await loadAccessibleOrder(req)
  res.json({ parcels: await orderParcelViews(req.scope, order.id) })
}
