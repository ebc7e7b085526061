import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { periodLabel } from "../../../../modules/settlement/utils/periods"
import { transfersTable } from "../../../../lib/settlement/statement-view"
import { listStatementViews, sendTables } from "../../../utils/settlements"
import type { AdminSettlementTransfersQueryType } from "../validators"

/**
 * GET /admin/settlements/transfers?period=2026-12 — 이체 목록: confirmed statements with a payout,
 * to the account frozen at confirmation. Statements without an account are listed apart, so staff
 * ask the maker before paying. With `format=csv|xlsx` the list is a file for the bank's bulk transfer.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminSettlementTransfersQueryType>, res: MedusaResponse) {
  const { period, format } = req.validatedQuery as AdminSettlementTransfersQueryType
  const statements = (await listStatementViews(req, { period_code: period, status: ["confirmed", "paid"] })).filter((s) => s.payout_amount > 0)
  const hasAccount = (s: (typeof statements)[number]) => !!(s.payout_account.bank && s.payout_account.account_number && s.payout_account.holder)
  if (format) return sendTables(res, format, `이체목록_${period}`, [transfersTable(period, statements.filter(hasAccount))])
  const row = (s: (typeof statements)[number]) => ({
    statement_id: s.id, maker_id: s.maker_id, maker_name: s.maker_name, status: s.status, amount: s.payout_amount,
    bank: s.payout_account.bank, account_number: s.payout_account.account_number, holder: s.payout_account.holder, paid_on: s.paid_on,
  })
  const transfers = statements.filter(hasAccount).map(row)
  res.json({
    period,
    period_label: periodLabel(period),
    transfers,
    total_amount: transfers.reduce((s, t) => s + t.amount, 0),
    missing_account: statements.filter((s) => !hasAccount(s)).map(row),
  })
}
