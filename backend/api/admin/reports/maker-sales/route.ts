import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { seoulDateRange } from "../../../../lib/dates/seoul-range"
import { ATTRIBUTION_MODULE } from "../../../../modules/attribution"
import type AttributionModuleService from "../../../../modules/attribution/service"
import type { AdminMakerSalesQueryType } from "./validators"

/**
 * GET /admin/reports/maker-sales?from=YYYY-MM-DD&to=YYYY-MM-DD — orders, units and gross won
 * (VAT included) per maker for orders placed on those Seoul calendar days, from the
 * order-time attribution snapshots.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminMakerSalesQueryType>, res: MedusaResponse) {
  const { from, to, maker_id } = req.validatedQuery as AdminMakerSalesQueryType
  const range = seoulDateRange(from, to)!
  const attribution: AttributionModuleService = req.scope.resolve(ATTRIBUTION_MODULE)
  const summary = await attribution.summarizeSalesByMaker(range, maker_id)
  res.json({ from, to, timezone: "Asia/Seoul", currency_code: "krw", ...summary })
}
