import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refreshSettlementDraftsWorkflow } from "../../../../workflows/settlement/workflows/refresh-settlement-drafts"

/** POST /admin/settlements/refresh — rebuild the 작성 중 statements now (the job does it hourly). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await refreshSettlementDraftsWorkflow(req.scope).run({ input: {} })
  res.json(result)
}
