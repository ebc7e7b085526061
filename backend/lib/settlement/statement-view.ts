import { toWon } from "../money/won"
import { formatRate } from "../../modules/settlement/utils/fees"
import { periodLabel, periodRange } from "../../modules/settlement/utils/periods"
import type { Table } from "../../modules/settlement/utils/export-table"

/**
 * Statements as the APIs answer them and the files staff and sellers download: amounts read
 * once here as whole won (toWon), Korean labels, dates in Asia/Seoul.
 */
export const STATEMENT_FIELDS = [
  "id", "maker_id", "period_code", "status", "sales_amount", "shipping_amount", "refund_amount", "adjustment_amount", "fee_amount",
  "subsidy_amount", "carry_over_amount", "net_sales_amount", "net_amount", "balance_amount", "payout_amount", "carry_forward_amount", "maker_name",
  "business_registration_number", "payout_bank", "payout_account_number", "payout_account_holder", "confirmed_at", "paid_on",
  "transfer_reference", "paid_at", "created_at", "updated_at",
] as const

export const LINE_FIELDS = [
  "id", "key", "kind", "order_id", "order_display_id", "line_item_id", "product_title", "quantity", "amount", "rate_bp", "reference",
  "label", "occurred_at", "position",
] as const

const AMOUNTS = [
  "sales_amount", "shipping_amount", "refund_amount", "adjustment_amount", "fee_amount", "subsidy_amount", "carry_over_amount",
  "net_sales_amount", "net_amount", "balance_amount", "payout_amount", "carry_forward_amount",
] as const

export const STATUS_LABEL = { draft: "작성 중", confirmed: "확정", paid: "지급 완료" } as const
export const KIND_LABEL = { sale: "판매", shipping: "배송비", refund: "환불", fee: "판매수수료", subsidy: "특판 할인 보전", carry_over: "이월", adjustment: "조정" } as const

type Row = Record<string, unknown>
export type MakerInfo = { id: string; name: string; handle: string; business_registration_number?: string | null; payout_bank?: string | null; payout_account_number?: string | null; payout_account_holder?: string | null }

export type StatementView = ReturnType<typeof statementView>
export type LineView = ReturnType<typeof lineView>

export function statementView(row: Row, maker?: MakerInfo) {
  const code = String(row.period_code)
  const { gte, lt } = periodRange(code)
  const amounts = Object.fromEntries(AMOUNTS.map((f) => [f, toWon(row[f] as number, `명세서 ${f}`)])) as Record<(typeof AMOUNTS)[number], number>
  const status = row.status as keyof typeof STATUS_LABEL
  // a locked statement names the maker and account as they were at confirmation
  const locked = status !== "draft"
  return {
    id: String(row.id),
    maker_id: String(row.maker_id),
    maker_name: (locked ? (row.maker_name as string | null) : null) ?? maker?.name ?? null,
    maker_handle: maker?.handle ?? null,
    business_registration_number: (locked ? (row.business_registration_number as string | null) : null) ?? maker?.business_registration_number ?? null,
    period_code: code,
    period_label: periodLabel(code),
    period_starts_at: gte.toISOString(),
    period_ends_at: lt.toISOString(),
    status,
    status_label: STATUS_LABEL[status],
    ...amounts,
    payout_account: {
      bank: (locked ? (row.payout_bank as string | null) : maker?.payout_bank) ?? null,
      account_number: (locked ? (row.payout_account_number as string | null) : maker?.payout_account_number) ?? null,
      holder: (locked ? (row.payout_account_holder as string | null) : maker?.payout_account_holder) ?? null,
    },
    confirmed_at: (row.confirmed_at as string | null) ?? null,
    paid_on: (row.paid_on as string | null) ?? null,
    transfer_reference: (row.transfer_reference as string | null) ?? null,
  }
}

export function lineView(row: Row) {
  const kind = row.kind as keyof typeof KIND_LABEL
  return {
    id: String(row.id),
    kind,
    kind_label: KIND_LABEL[kind],
    order_id: (row.order_id as string | null) ?? null,
    order_display_id: (row.order_display_id as number | null) ?? null,
    line_item_id: (row.line_item_id as string | null) ?? null,
    product_title: (row.product_title as string | null) ?? null,
    quantity: (row.quantity as number | null) ?? null,
    amount: toWon(row.amount as number, "명세서 줄 금액"),
    rate_bp: (row.rate_bp as number | null) ?? null,
    reference: (row.reference as string | null) ?? null,
    label: String(row.label),
    occurred_at: row.occurred_at ? new Date(row.occurred_at as string).toISOString() : null,
  }
}

/** 2026-12-03 14:05 in Seoul. */
export function seoulDateTime(iso: string | null): string {
  if (!iso) return ""
  return new Date(new Date(iso).getTime() + 9 * 3600_000).toISOString().slice(0, 16).replace("T", " ")
}

/** One statement, every line: the file a seller keeps. Σ 금액 = 잔액 (지급액 when positive). */
export function statementLinesTable(statement: StatementView, lines: LineView[]): Table<LineView> {
  return {
    title: `${statement.period_code} 정산 명세서`,
    columns: [
      { header: "일시", type: "text", value: (l) => seoulDateTime(l.occurred_at), width: 18 },
      { header: "구분", type: "text", value: (l) => l.kind_label, width: 10 },
      { header: "주문번호", type: "number", value: (l) => l.order_display_id, width: 10 },
      { header: "내용", type: "text", value: (l) => l.label, width: 36 },
      { header: "수량", type: "number", value: (l) => l.quantity, width: 8 },
      { header: "수수료율", type: "text", value: (l) => (l.rate_bp === null ? "" : formatRate(l.rate_bp)), width: 10 },
      { header: "금액", type: "won", value: (l) => l.amount },
      { header: "참조", type: "text", value: (l) => l.reference, width: 20 },
    ],
    rows: lines,
  }
}

/** The totals of one statement as a two-column sheet (XLSX only). */
export function statementSummaryTable(statement: StatementView): Table<[string, string | number]> {
  const rows: [string, string | number][] = [
    ["만든 곳", statement.maker_name ?? ""],
    ["사업자등록번호", statement.business_registration_number ?? ""],
    ["정산 기간", statement.period_label],
    ["상태", statement.status_label],
    ["판매금액", statement.sales_amount],
    ["배송비", statement.shipping_amount],
    ["환불", statement.refund_amount],
    ["조정", statement.adjustment_amount],
    ["특판 할인 보전", statement.subsidy_amount],
    ["판매수수료", statement.fee_amount],
    ["이월", statement.carry_over_amount],
    ["지급액", statement.payout_amount],
    ["다음 기간 이월", statement.carry_forward_amount],
  ]
  return {
    title: "요약",
    columns: [
      { header: "항목", type: "text", value: (r) => r[0], width: 18 },
      { header: "값", type: "won", value: (r) => r[1], width: 20 },
    ],
    rows,
  }
}

/** A period's statements of all makers with their totals (staff). */
export function periodStatementsTable(code: string, statements: StatementView[]): Table<StatementView> {
  return {
    title: `${code} 정산`,
    columns: [
      { header: "만든 곳", type: "text", value: (s) => s.maker_name, width: 24 },
      { header: "사업자등록번호", type: "text", value: (s) => s.business_registration_number, width: 16 },
      { header: "정산 기간", type: "text", value: (s) => s.period_code, width: 10 },
      { header: "상태", type: "text", value: (s) => s.status_label, width: 10 },
      { header: "판매금액", type: "won", value: (s) => s.sales_amount },
      { header: "배송비", type: "won", value: (s) => s.shipping_amount },
      { header: "환불", type: "won", value: (s) => s.refund_amount },
      { header: "조정", type: "won", value: (s) => s.adjustment_amount },
      { header: "특판 할인 보전", type: "won", value: (s) => s.subsidy_amount },
      { header: "판매수수료", type: "won", value: (s) => s.fee_amount },
      { header: "이월", type: "won", value: (s) => s.carry_over_amount },
      { header: "지급액", type: "won", value: (s) => s.payout_amount },
      { header: "다음 기간 이월", type: "won", value: (s) => s.carry_forward_amount },
      { header: "은행", type: "text", value: (s) => s.payout_account.bank, width: 12 },
      { header: "계좌번호", type: "text", value: (s) => s.payout_account.account_number, width: 20 },
      { header: "예금주", type: "text", value: (s) => s.payout_account.holder, width: 16 },
      { header: "이체일", type: "text", value: (s) => s.paid_on, width: 12 },
      { header: "이체 참조", type: "text", value: (s) => s.transfer_reference, width: 20 },
    ],
    rows: statements,
  }
}

/** 이체 목록: what to transfer to whom for a period (statements with something to pay). */
export function transfersTable(code: string, statements: StatementView[]): Table<StatementView> {
  return {
    title: `${code} 이체 목록`,
    columns: [
      { header: "은행", type: "text", value: (s) => s.payout_account.bank, width: 12 },
      { header: "계좌번호", type: "text", value: (s) => s.payout_account.account_number, width: 20 },
      { header: "예금주", type: "text", value: (s) => s.payout_account.holder, width: 16 },
      { header: "금액", type: "won", value: (s) => s.payout_amount },
      { header: "받는 분 통장 표시", type: "text", value: (s) => `자활장터 ${s.period_code}`, width: 18 },
      { header: "만든 곳", type: "text", value: (s) => s.maker_name, width: 24 },
      { header: "상태", type: "text", value: (s) => s.status_label, width: 10 },
    ],
    rows: statements.filter((s) => s.payout_amount > 0),
  }
}
