import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmParcelWorkflow } from "../../../../../../../workflows/shipments/workflows/confirm-parcel"
import { loadAccessibleOrder } from "../../../../../../utils/order-access"
import { orderParcelViews } from "../../load-parcels"

/** POST /store/orders/:id/parcels/:parcel_id/confirm — 구매확정 of a parcel that has shipped. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const order = await loadAccessibleOrder(req)
  await confirmParcelWorkflow(req.scope).run({ input: { order_id: order.id, parcel_id: req.params.parcel_id, confirmed_by: "customer" } })
  res.json({ parcels: await orderParcelViews(req.scope, order.id) })
}
