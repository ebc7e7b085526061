import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findStatementOr404, sendStatement } from "../../../../utils/settlements"
import type { SettlementExportQueryType } from "../../validators"

/** GET /admin/settlements/:id/export?format=csv|xlsx — one statement's lines as a file. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, SettlementExportQueryType>, res: MedusaResponse) {
  const { format } = req.validatedQuery as SettlementExportQueryType
  await sendStatement(res, format, await findStatementOr404(req, req.params.id))
}
