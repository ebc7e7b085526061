import type { MedusaResponse } from "@medusajs/framework/http"
import { sendStatement } from "../../../../utils/settlements"
import type { SettlementExportQueryType } from "../../../../admin/settlements/validators"
import { findOwnStatementOr404 } from "../../../scope"
import type { SellerRequest } from "../../../types"

/** GET /seller/settlements/:id/export?format=csv|xlsx — an own statement as a file. */
export async function GET(req: SellerRequest<unknown, SettlementExportQueryType>, res: MedusaResponse) {
  const { format } = req.validatedQuery as SettlementExportQueryType
  await sendStatement(res, format, await findOwnStatementOr404(req, req.params.id))
}
