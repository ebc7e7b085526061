import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildPurchaseCertificate } from "../../../../../lib/orders/purchase-certificate"
import { attributionOf, loadOrder } from "../../../../utils/order-documents"

/** GET /admin/orders/:id/purchase-certificate — the same 구매확인서 for staff. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const order = await loadOrder(req.scope, req.params.id)
  const { rows, makers } = await attributionOf(req.scope, order)
  res.json({ certificate: buildPurchaseCertificate(order, rows, makers, new Date()) })
}
