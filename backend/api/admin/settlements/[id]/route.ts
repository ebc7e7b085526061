import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findStatementOr404 } from "../../../utils/settlements"

/** GET /admin/settlements/:id — one statement with every line. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await findStatementOr404(req, req.params.id))
}
