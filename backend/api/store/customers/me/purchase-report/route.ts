import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { seoulDateRange } from "../../../../../lib/dates/seoul-range"
import { purchaseReportCsv } from "../../../../../lib/orders/purchase-report-csv"
import { requireInstitution } from "../../../../utils/institution-access"
import { loadPurchaseReport } from "../../../../utils/purchase-report"
import type { StorePurchaseReportQueryType } from "./validators"

/**
 * GET /store/customers/me/purchase-report?from=YYYY-MM-DD&to=YYYY-MM-DD[&format=csv] — the
 * institution's 구매 실적 for orders placed on those Seoul calendar days: per maker (name,
 * 사업자등록번호, kind), orders, amounts net of refunds, and its lines; totals reconcile to the
 * orders' totals. Institutions only (403 for other customers).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StorePurchaseReportQueryType>, res: MedusaResponse) {
  const institution = await requireInstitution(req)
  const { from, to, format } = req.validatedQuery as StorePurchaseReportQueryType
  const report = await loadPurchaseReport(req.scope, institution.customer_id, seoulDateRange(from, to)!)
  const { customer_id: _customer, ...buyer } = institution
  const body = { from, to, timezone: "Asia/Seoul", currency_code: "krw", institution: buyer, ...report }
  if (format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="purchase-report-${from}-${to}.csv"`)
    res.status(200).send(purchaseReportCsv(body))
    return
  }
  res.json({ report: body })
}
