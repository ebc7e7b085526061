import { formatDate } from "./date"

/**
 * Pure helpers of 판매자센터 정산 (unit-tested): the download formats, the masked account number,
 * the fee shown beside the line it belongs to, the period as Seoul dates, the 정산 계좌 form check.
 */

export const SETTLEMENT_EXPORT_FORMATS = ["csv", "xlsx"] as const
export type SettlementExportFormat = (typeof SETTLEMENT_EXPORT_FORMATS)[number]

export function exportFormatOf(value: unknown): SettlementExportFormat | null {
  return SETTLEMENT_EXPORT_FORMATS.find((f) => f === value) ?? null
}

/** 301-1234-5678-91 → ***-****-**78-91: every digit but the last four hidden, hyphens kept (as the backend's log masks it). */
export function maskAccountNumber(value: string | null | undefined): string | null {
  if (!value) return null
  const digits = value.replace(/\D/g, "").length
  let seen = 0
  return value.replace(/\d/g, (d) => (++seen > digits - 4 ? d : "*"))
}

/** "10.5%" for 1,050 bp. */
export function formatRateBp(rate_bp: number): string {
  return `${(rate_bp / 100).toFixed(2).replace(/\.?0+$/, "")}%`
}

type LineLike = { kind: string; order_id: string | null; line_item_id: string | null; reference: string | null }

/**
 * A statement's lines with each fee beside the amount it was charged (or given back) on. The API
 * lists a fee line right after its source, carrying the source's order, line and reference; a
 * fee that does not follow its source stays a row of its own.
 */
export function withFees<L extends LineLike>(lines: readonly L[]): { line: L; fee: L | null }[] {
  const rows: { line: L; fee: L | null }[] = []
  for (const line of lines) {
    const prev = rows[rows.length - 1]
    const belongs =
      line.kind === "fee" && prev && !prev.fee && prev.line.kind !== "fee" &&
      prev.line.order_id === line.order_id && prev.line.line_item_id === line.line_item_id && prev.line.reference === line.reference
    if (belongs) prev.fee = line
    else rows.push({ line, fee: null })
  }
  return rows
}

/** "2026년 12월 1일 ~ 2026년 12월 31일": the period's first and last Seoul day (the end is exclusive). */
export function periodDates(starts_at: string, ends_at: string): string {
  return `${formatDate(starts_at)} ~ ${formatDate(new Date(new Date(ends_at).getTime() - 1))}`
}

export type PayoutAccountField = "bank" | "account_number" | "holder"
type Checked = { ok: true; values: Record<PayoutAccountField, string> } | { ok: false; errors: Partial<Record<PayoutAccountField, string>> }

/** The API's own rules (backend PayoutAccountBody), checked first so a mistake shows at its field. */
export function checkPayoutAccount(input: Record<string, unknown>): Checked {
  const text = (key: PayoutAccountField) => (typeof input[key] === "string" ? (input[key] as string).trim() : "")
  const values = { bank: text("bank"), account_number: text("account_number").replace(/\s+/g, ""), holder: text("holder") }
  const errors: Partial<Record<PayoutAccountField, string>> = {}
  if (values.bank.length < 2) errors.bank = "은행 이름을 입력하세요"
  else if (values.bank.length > 30) errors.bank = "은행 이름은 30자 이하여야 합니다"
  const digits = values.account_number.replace(/-/g, "").length
  if (!/^\d+(-\d+)*$/.test(values.account_number) || digits < 10 || digits > 16) errors.account_number = "계좌번호는 숫자 10~16자리(하이픈 가능)여야 합니다"
  if (!values.holder) errors.holder = "예금주를 입력하세요"
  else if (values.holder.length > 50) errors.holder = "예금주는 50자 이하여야 합니다"
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values }
}

/** Which field an API message is about (the API answers one message without a path). */
export function payoutFieldOfApiMessage(message: string): PayoutAccountField | undefined {
  if (message.includes("계좌번호")) return "account_number"
  if (message.includes("예금주")) return "holder"
  if (message.includes("은행")) return "bank"
  return undefined
}
