import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmSettlementStatementWorkflow } from "../../../../../workflows/settlement/workflows/confirm-settlement-statement"
import { findStatementOr404 } from "../../../../utils/settlements"

/** POST /admin/settlements/:id/confirm — 확정: the statement is locked. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await findStatementOr404(req, req.params.id)
  await confirmSettlementStatementWorkflow(req.scope).run({ input: { id: req.params.id, actor_id: req.auth_context.actor_id } })
  res.json(await findStatementOr404(req, req.params.id))
}
