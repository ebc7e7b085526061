import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildPurchaseCertificate } from "../../../../../lib/orders/purchase-certificate"
import { loadAccessibleOrder } from "../../../../utils/order-access"
import { attributionOf } from "../../../../utils/order-documents"
import type { StoreOrderAccessQueryType } from "../../validators"

/** GET /store/orders/:id/purchase-certificate?token= — 구매확인서 data, per maker. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreOrderAccessQueryType>, res: MedusaResponse) {
  const order = await loadAccessibleOrder(req, req.validatedQuery.token as string | undefined)
  const { rows, makers } = await attributionOf(req.scope, order)
  res.json({ certificate: buildPurchaseCertificate(order, rows, makers, new Date()) })
}
