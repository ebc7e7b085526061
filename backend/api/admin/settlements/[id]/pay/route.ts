import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markSettlementStatementPaidWorkflow } from "../../../../../workflows/settlement/workflows/mark-settlement-statement-paid"
import { findStatementOr404 } from "../../../../utils/settlements"
import type { AdminPaySettlementType } from "../../validators"

/** POST /admin/settlements/:id/pay {paid_on, reference} — 지급 완료 of a confirmed statement. */
export async function POST(req: AuthenticatedMedusaRequest<AdminPaySettlementType>, res: MedusaResponse) {
  await findStatementOr404(req, req.params.id)
  const { paid_on, reference } = req.validatedBody
  await markSettlementStatementPaidWorkflow(req.scope).run({ input: { id: req.params.id, paid_on, reference, actor_id: req.auth_context.actor_id } })
  res.json(await findStatementOr404(req, req.params.id))
}
