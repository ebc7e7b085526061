import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_NOT_FOUND } from "../../../../utils/order-documents"
import { revokeOrderAccessWorkflow } from "../../../../../workflows/order-access/workflows/revoke-order-access"

/**
 * POST /admin/orders/:id/revoke-access — staff end every guest token of the order issued so far
 * (a forwarded link, a shared computer, a customer's request). The buyer gets a fresh token from
 * 주문조회 with the orderer's email or phone; a logged-in owner needs no token.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { id: req.params.id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND)
  const { result } = await revokeOrderAccessWorkflow(req.scope).run({ input: { order_id: req.params.id } })
  res.json({ order_id: result.order_id, revoked_at: new Date(result.revoked_at).toISOString() })
}
