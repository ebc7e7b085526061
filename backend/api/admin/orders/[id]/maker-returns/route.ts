import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { adminRefundsOf } from "../../../../utils/order-refunds"
import { ORDER_NOT_FOUND } from "../../../../utils/order-documents"
import { createMakerReturnWorkflow } from "../../../../../workflows/refunds/workflows/create-maker-return"
import type { AdminMakerReturnType } from "./validators"

async function assertOrder(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { id: req.params.id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND)
}

/** GET /admin/orders/:id/maker-returns — the order's adjustments per maker, refund account and 무통장입금 refunds. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await assertOrder(req)
  res.json(await adminRefundsOf(req.scope, req.params.id))
}

/**
 * POST /admin/orders/:id/maker-returns `{ items: [{ line_item_id, quantity }], refund_shipping,
 * reason, refund_account? }` — staff cancel lines before shipment or take them back after it,
 * refunding exactly each maker's share (workflow create-maker-return).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminMakerReturnType>, res: MedusaResponse) {
  await assertOrder(req)
  const body = req.validatedBody as AdminMakerReturnType
  const { result } = await createMakerReturnWorkflow(req.scope).run({
    input: { order_id: req.params.id, ...body, created_by: req.auth_context?.actor_id ?? null },
  })
  res.json({ ...result, ...(await adminRefundsOf(req.scope, req.params.id)) })
}
