import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStatementViews, sendPeriod } from "../../../utils/settlements"
import type { AdminSettlementPeriodExportQueryType } from "../validators"

/** GET /admin/settlements/export?period=2026-12&format=csv|xlsx — the period's makers with totals. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminSettlementPeriodExportQueryType>, res: MedusaResponse) {
  const { period, format } = req.validatedQuery as AdminSettlementPeriodExportQueryType
  await sendPeriod(res, format, period, await listStatementViews(req, { period_code: period }))
}
