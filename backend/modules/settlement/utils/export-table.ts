import ExcelJS from "exceljs"

/**
 * Statements as files staff and sellers open in Excel: CSV in UTF-8 with a BOM (without it
 * Korean Excel reads the bytes as CP949 and shows mojibake), CRLF line ends, every text cell
 * quoted; and XLSX written with exceljs. Amounts stay plain integers (no thousands separators
 * in the CSV, a `#,##0` number format in the XLSX) so both parse back to the same numbers.
 */
export type ColumnType = "text" | "won" | "number"
export type Column<R> = { header: string; type: ColumnType; value: (row: R) => string | number | null; width?: number }
export type Table<R> = { title: string; columns: Column<R>[]; rows: R[] }

export const CSV_BOM = "\uFEFF"

/**
 * A text cell Excel would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe:
 * product titles and references are written by sellers and customers.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function csvCell(value: string | number | null, type: ColumnType): string {
  if (value === null || value === undefined) return ""
  if (type !== "text" && typeof value === "number") return String(value)
  return `"${neutralizeFormula(String(value)).replace(/"/g, '""')}"`
}

export function toCsv<R>(table: Table<R>): string {
  const header = table.columns.map((c) => csvCell(c.header, "text")).join(",")
  const rows = table.rows.map((row) => table.columns.map((c) => csvCell(c.value(row), c.type)).join(","))
  return CSV_BOM + [header, ...rows].join("\r\n") + "\r\n"
}

/** Sheets in one workbook; each table one sheet, with a bold header row and frozen panes. */
export async function toXlsx(tables: Table<any>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = "자활장터"
  workbook.created = new Date(0) // a fixed date: the same statement gives the same file
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, " "), { views: [{ state: "frozen", ySplit: 1 }] })
    sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width ?? (c.type === "text" ? 24 : 14) }))
    sheet.getRow(1).font = { bold: true }
    for (const row of table.rows) {
      sheet.addRow(
        table.columns.map((c) => {
          const v = c.value(row)
          return typeof v === "string" ? neutralizeFormula(v) : v
        })
      )
    }
    table.columns.forEach((c, i) => {
      if (c.type === "won") sheet.getColumn(i + 1).numFmt = "#,##0"
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
