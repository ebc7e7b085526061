import { parse } from "csv-parse/sync"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { lineView, statementLinesTable, statementSummaryTable, statementView } from "../../backend/lib/settlement/statement-view"
import { CSV_BOM, neutralizeFormula, toCsv, toXlsx } from "../../backend/modules/settlement/utils/export-table"
import { isAccountNumber, maskAccountNumber } from "../../backend/modules/settlement/utils/payout-account"

const statement = statementView(
  { id: "sstm_1", maker_id: "mkr_a", period_code: "2026-11", status: "confirmed", sales_amount: 25001, shipping_amount: 3000, refund_amount: -5000,
    adjustment_amount: 0, fee_amount: -2000, carry_over_amount: 0, net_sales_amount: 23001, net_amount: 21001, balance_amount: 21001,
    payout_amount: 21001, carry_forward_amount: 0, maker_name: "내친구김" },
  undefined
)
const lines = [
  { id: "l1", kind: "sale", order_display_id: 12, product_title: "전장김, \"3봉\"", quantity: 2, amount: 25001, label: "전장김, \"3봉\"", occurred_at: "2026-11-20T01:00:00Z" },
  { id: "l2", kind: "fee", order_display_id: 12, amount: -2500, rate_bp: 1000, label: "판매수수료 10%", occurred_at: "2026-11-20T01:00:00Z" },
  { id: "l3", kind: "shipping", order_display_id: 12, amount: 3000, label: "배송비", occurred_at: "2026-11-20T01:00:00Z" },
  { id: "l4", kind: "refund", order_display_id: 12, amount: -5000, label: "=HYPERLINK(\"http://evil\")", reference: "+1", occurred_at: "2026-11-21T01:00:00Z" },
  { id: "l5", kind: "fee", order_display_id: 12, amount: 500, rate_bp: 1000, label: "판매수수료 10%", occurred_at: "2026-11-21T01:00:00Z" },
].map(lineView)

describe("statement files", () => {
  it("writes CSV in UTF-8 with a BOM that parses back to the same numbers", () => {
    const csv = toCsv(statementLinesTable(statement, lines))
    expect(csv.startsWith(CSV_BOM)).toBe(true)
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[]
    expect(rows.map((r) => Number(r["금액"]))).toEqual([25001, -2500, 3000, -5000, 500])
    expect(rows.reduce((s, r) => s + Number(r["금액"]), 0)).toBe(statement.balance_amount)
    expect(rows[0]["내용"]).toBe('전장김, "3봉"')
    expect(rows[0]["일시"]).toBe("2026-11-20 10:00") // Seoul time
    expect(rows[1]["수수료율"]).toBe("10%")
    // a cell Excel would run as a formula is written as text
    expect(rows[3]["내용"]).toBe(`'=HYPERLINK("http://evil")`)
    expect(rows[3]["참조"]).toBe("'+1")
  })

  it("writes an XLSX whose cells are numbers, with a summary sheet", async () => {
    const buffer = await toXlsx([statementLinesTable(statement, lines), statementSummaryTable(statement)])
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(buffer as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]
    const amounts = sheet.getColumn(7).values.slice(2) as number[]
    expect(amounts).toEqual([25001, -2500, 3000, -5000, 500])
    const summary = book.getWorksheet("요약")!
    const payout = summary.getSheetValues().find((r) => Array.isArray(r) && r[1] === "지급액") as unknown[]
    expect(payout[2]).toBe(21001)
  })

  it("neutralizes formulas only where Excel would see one", () => {
    expect(neutralizeFormula("@SUM(A1)")).toBe("'@SUM(A1)")
    expect(neutralizeFormula("전장김 -3봉")).toBe("전장김 -3봉")
  })
})

describe("payout account", () => {
  it("masks all digits but the last four and checks the number's shape", () => {
    expect(maskAccountNumber("301-1234-5678-91")).toBe("***-****-**78-91")
    expect(maskAccountNumber(null)).toBeNull()
    expect(isAccountNumber("301-1234-5678-91")).toBe(true)
    expect(isAccountNumber("123456789")).toBe(false) // too short
    expect(isAccountNumber("301--1234-5678")).toBe(false)
    expect(isAccountNumber("301 1234 5678")).toBe(false)
  })
})
