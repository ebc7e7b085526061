import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  LINE_FIELDS, lineView, periodStatementsTable, STATEMENT_FIELDS, statementLinesTable, statementSummaryTable, statementView,
  type MakerInfo, type StatementView,
} from "../../lib/settlement/statement-view"
import { toCsv, toXlsx, type Table } from "../../modules/settlement/utils/export-table"
import { SETTLEMENT_ERRORS } from "../../modules/settlement/utils/messages"

/**
 * Reads of statements shared by /admin/settlements and /seller/settlements. The seller routes
 * always pass their maker (from the guard) as a filter, so another maker's statement is 404.
 */
const queryOf = (req: MedusaRequest) => req.scope.resolve(ContainerRegistrationKeys.QUERY)

async function makersById(req: MedusaRequest, ids: string[]): Promise<Map<string, MakerInfo>> {
  if (!ids.length) return new Map()
  const { data } = await queryOf(req).graph({
    entity: "maker",
    fields: ["id", "name", "handle", "business_registration_number", "payout_bank", "payout_account_number", "payout_account_holder"],
    filters: { id: [...new Set(ids)] },
  })
  return new Map((data as MakerInfo[]).map((m) => [m.id, m]))
}

export async function listStatementViews(req: MedusaRequest, filters: Record<string, unknown>): Promise<StatementView[]> {
  const { data } = await queryOf(req).graph({ entity: "settlement_statement", fields: [...STATEMENT_FIELDS], filters })
  const rows = data as Record<string, unknown>[]
  const makers = await makersById(req, rows.map((r) => String(r.maker_id)))
  return rows
    .map((r) => statementView(r, makers.get(String(r.maker_id))))
    .sort((a, b) => b.period_starts_at.localeCompare(a.period_starts_at) || (a.maker_name ?? "").localeCompare(b.maker_name ?? "", "ko"))
}

/** One statement with its lines; `maker_id` narrows it to a seller's own. */
export async function findStatementOr404(req: MedusaRequest, id: string, maker_id?: string) {
  const filters = maker_id ? { id, maker_id } : { id }
  const { data } = await queryOf(req).graph({ entity: "settlement_statement", fields: [...STATEMENT_FIELDS, ...LINE_FIELDS.map((f) => `lines.${f}`)], filters })
  const row = data[0] as (Record<string, unknown> & { lines?: Record<string, unknown>[] }) | undefined
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, SETTLEMENT_ERRORS.notFound)
  const makers = await makersById(req, [String(row.maker_id)])
  const lines = (row.lines ?? []).filter(Boolean).sort((a, b) => Number(a.position) - Number(b.position)).map(lineView)
  return { statement: statementView(row, makers.get(String(row.maker_id))), lines }
}

export type ExportFormat = "csv" | "xlsx"

/** Sends tables as a download: CSV (the first table, UTF-8 with BOM) or XLSX (one sheet each). */
export async function sendTables(res: MedusaResponse, format: ExportFormat, filename: string, tables: Table<any>[]) {
  const ascii = filename.replace(/[^\w.-]+/g, "_")
  const disposition = (ext: string) => `attachment; filename="${ascii}.${ext}"; filename*=UTF-8''${encodeURIComponent(filename)}.${ext}`
  if (format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", disposition("csv"))
    res.status(200).send(toCsv(tables[0]))
    return
  }
  const buffer = await toXlsx(tables)
  res.setHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  res.setHeader("Content-Disposition", disposition("xlsx"))
  res.status(200).send(buffer)
}

/** One statement as a file: its lines (CSV), or lines and a summary sheet (XLSX). */
export async function sendStatement(res: MedusaResponse, format: ExportFormat, found: Awaited<ReturnType<typeof findStatementOr404>>) {
  const { statement, lines } = found
  const name = `정산명세서_${statement.period_code}_${statement.maker_handle ?? statement.maker_id}`
  await sendTables(res, format, name, [statementLinesTable(statement, lines), statementSummaryTable(statement)])
}

export async function sendPeriod(res: MedusaResponse, format: ExportFormat, code: string, statements: StatementView[]) {
  await sendTables(res, format, `정산_${code}`, [periodStatementsTable(code, statements)])
}
