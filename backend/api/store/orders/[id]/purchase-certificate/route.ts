import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildPurchaseCertificate } from "../../../../../lib/orders/purchase-certificate"
import { loadAccessibleOrder } from "../../../../utils/order-access"
import { attributionOf } from "../../../../utils/order-documents"

/** GET /store/orders/:id/purchase-certificate — 구매확인서 data per maker (x-order-token header or the owner's login). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const order = await loadAccessibleOrder(req)
  const { rows, makers } = await attributionOf(req.scope, order)
  res.json({ certificate: buildPurchaseCertificate(order, rows, makers, new Date()) })
}
