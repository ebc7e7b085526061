import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_NOT_FOUND } from "../../../../../../utils/order-documents"
import { markBankRefundRefundedWorkflow } from "../../../../../../../workflows/refunds/workflows/mark-bank-refund-refunded"

/** POST /admin/orders/:id/bank-refunds/:refund_id/mark-refunded — staff sent the 무통장입금 refund. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { id: req.params.id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND)
  const { result } = await markBankRefundRefundedWorkflow(req.scope).run({
    input: { order_id: req.params.id, refund_id: req.params.refund_id, refunded_by: req.auth_context?.actor_id ?? "admin" },
  })
  res.json({ bank_refund: result })
}
