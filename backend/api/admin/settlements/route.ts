import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { periodLabel } from "../../../modules/settlement/utils/periods"
import type { StatementView } from "../../../lib/settlement/statement-view"
import { listStatementViews } from "../../utils/settlements"
import type { AdminListSettlementsQueryType } from "./validators"

const SUMMED = ["sales_amount", "shipping_amount", "refund_amount", "adjustment_amount", "subsidy_amount", "fee_amount", "carry_over_amount", "net_sales_amount", "payout_amount", "carry_forward_amount"] as const

export function periodTotals(statements: StatementView[]) {
  return Object.fromEntries(SUMMED.map((f) => [f, statements.reduce((s, x) => s + x[f], 0)])) as Record<(typeof SUMMED)[number], number>
}

/**
 * GET /admin/settlements?period=2026-12&status= — every maker's statement of a period with the
 * period's totals, and the list of periods (newest first). Without `period`: the newest one.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListSettlementsQueryType>, res: MedusaResponse) {
  const { period, status } = req.validatedQuery as AdminListSettlementsQueryType
  const settlement: SettlementModuleService = req.scope.resolve(SETTLEMENT_MODULE)
  const periods = await settlement.listSettlementPeriods({}, { order: { starts_at: "DESC" }, take: null })
  const code = period ?? periods[0]?.code ?? null
  const statements = code ? await listStatementViews(req, { period_code: code, ...(status ? { status } : {}) }) : []
  res.json({
    period: code,
    period_label: code ? periodLabel(code) : null,
    periods: periods.map((p) => ({ code: p.code, label: periodLabel(p.code), cycle: p.cycle, starts_at: p.starts_at, ends_at: p.ends_at })),
    statements,
    totals: periodTotals(statements),
  })
}
