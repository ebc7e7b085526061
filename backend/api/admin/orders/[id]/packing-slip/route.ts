import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildPackingSlip } from "../../../../../lib/orders/packing-slip"
import { loadOrder, makersOfProducts } from "../../../../utils/order-documents"

/** GET /admin/orders/:id/packing-slip — what goes into the parcel (no prices on a gift). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const order = await loadOrder(req.scope, req.params.id)
  res.json({ packing_slip: buildPackingSlip(order, await makersOfProducts(req.scope, order)) })
}
