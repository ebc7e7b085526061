import { carrierByName, checkTracking, type CarrierCode } from "./carriers"

/**
 * The 송장 일괄 등록 file Korean sellers already keep: a header row `주문번호,택배사,송장번호`
 * (other columns allowed and ignored, in any order), one parcel per row, carrier by its Korean
 * name. Parsed and checked here without the database (pure; tests/unit/bulk-ship-csv.test.ts);
 * the route then checks each row against the seller's parcels. Rows are numbered as a
 * spreadsheet shows them: the header is row 1.
 */

export const BULK_SHIP_HEADERS = { order: "주문번호", carrier: "택배사", tracking: "송장번호" } as const
export const BULK_SHIP_MAX_ROWS = 500

export type BulkShipRow = { row: number; order_number: number; carrier: CarrierCode; tracking_number: string | null }
export type BulkShipError = { row: number; message: string }

/** RFC 4180 fields: quotes around fields with commas, doubled quotes inside; CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  const input = text.replace(/^\uFEFF/, "")
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += ch
      continue
    }
    if (ch === '"' && field === "") quoted = true
    else if (ch === ",") {
      row.push(field)
      field = ""
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && input[i + 1] === "\n") i++
      row.push(field)
      rows.push(row)
      row = []
      field = ""
    } else field += ch
  }
  if (field !== "" || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

const cell = (value: string | undefined) => (value ?? "").trim()

export function parseBulkShipCsv(text: string): { rows: BulkShipRow[]; errors: BulkShipError[] } {
  const table = parseCsv(text)
  const header = (table[0] ?? []).map((h) => cell(h).replace(/\s+/g, ""))
  const at = { order: header.indexOf(BULK_SHIP_HEADERS.order), carrier: header.indexOf(BULK_SHIP_HEADERS.carrier), tracking: header.indexOf(BULK_SHIP_HEADERS.tracking) }
  if (at.order < 0 || at.carrier < 0 || at.tracking < 0) {
    return { rows: [], errors: [{ row: 1, message: "첫 줄에 주문번호,택배사,송장번호 제목이 있어야 합니다." }] }
  }
  const rows: BulkShipRow[] = []
  const errors: BulkShipError[] = []
  const seen = new Map<number, number>()
  table.slice(1).forEach((fields, index) => {
    const row = index + 2
    if (fields.every((f) => cell(f) === "")) return
    const rawOrder = cell(fields[at.order]).replace(/^#/, "")
    const rawCarrier = cell(fields[at.carrier])
    if (!/^\d{1,9}$/.test(rawOrder)) return errors.push({ row, message: `주문번호가 올바르지 않습니다: ${rawOrder || "(빈칸)"}` })
    const order_number = Number(rawOrder)
    const carrier = carrierByName(rawCarrier)
    if (!carrier) return errors.push({ row, message: `알 수 없는 택배사입니다: ${rawCarrier || "(빈칸)"}` })
    const tracking = checkTracking(carrier.code, fields[at.tracking])
    if (!tracking.ok) return errors.push({ row, message: tracking.message })
    const earlier = seen.get(order_number)
    if (earlier) return errors.push({ row, message: `주문번호 ${order_number}이(가) ${earlier}행에도 있습니다.` })
    seen.set(order_number, row)
    rows.push({ row, order_number, carrier: carrier.code, tracking_number: tracking.tracking_number })
  })
  if (!rows.length && !errors.length) errors.push({ row: 2, message: "등록할 행이 없습니다." })
  if (rows.length + errors.length > BULK_SHIP_MAX_ROWS) {
    return { rows: [], errors: [{ row: 1, message: `한 번에 ${BULK_SHIP_MAX_ROWS}행까지 올릴 수 있습니다.` }] }
  }
  return { rows, errors }
}
