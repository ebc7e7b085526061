import { toCsv, type Table } from "../../modules/settlement/utils/export-table"
import type { PurchaseReport, PurchaseReportMaker } from "./purchase-report"

type Line = PurchaseReportMaker["lines"][number] & { maker: PurchaseReportMaker }
type SummaryRow = Pick<PurchaseReportMaker, "name" | "business_registration_number" | "kind_label" | "orders" | "item_amount" | "shipping_amount" | "refunded_amount" | "amount">

/**
 * The 구매 실적 as a CSV file for Excel (UTF-8 with BOM, CRLF, quoted text, plain integer won —
 * the settlement export's writer): the per-maker table with a 합계 row, then a blank line and
 * every order line. Both tables add up to the JSON answer's numbers.
 */
export function purchaseReportCsv(report: PurchaseReport): string {
  const summaryRows: SummaryRow[] = [...report.makers]
  if (report.totals.unassigned_shipping) {
    summaryRows.push({ name: "배송비(만든 곳 미지정)", business_registration_number: null, kind_label: "", orders: 0, item_amount: 0, shipping_amount: report.totals.unassigned_shipping, refunded_amount: 0, amount: report.totals.unassigned_shipping })
  }
  summaryRows.push({
    name: "합계",
    business_registration_number: null,
    kind_label: "",
    orders: report.totals.orders,
    item_amount: report.totals.item_amount,
    shipping_amount: report.totals.shipping_amount + report.totals.unassigned_shipping,
    refunded_amount: report.totals.refunded_amount,
    amount: report.totals.amount,
  })
  const summary: Table<SummaryRow> = {
    title: "만든 곳별 구매 실적",
    columns: [
      { header: "만든 곳", type: "text", value: (r) => r.name },
      { header: "사업자등록번호", type: "text", value: (r) => r.business_registration_number },
      { header: "구분", type: "text", value: (r) => r.kind_label },
      { header: "주문 수", type: "number", value: (r) => r.orders },
      { header: "상품금액", type: "won", value: (r) => r.item_amount },
      { header: "배송비", type: "won", value: (r) => r.shipping_amount },
      { header: "취소·환불", type: "won", value: (r) => r.refunded_amount },
      { header: "금액", type: "won", value: (r) => r.amount },
    ],
    rows: summaryRows,
  }
  const lines: Table<Line> = {
    title: "주문 상품",
    columns: [
      { header: "주문번호", type: "number", value: (r) => r.order_number },
      { header: "주문일", type: "text", value: (r) => r.ordered_on },
      { header: "만든 곳", type: "text", value: (r) => r.maker.name },
      { header: "사업자등록번호", type: "text", value: (r) => r.maker.business_registration_number },
      { header: "상품", type: "text", value: (r) => r.title },
      { header: "수량", type: "number", value: (r) => r.quantity },
      { header: "금액", type: "won", value: (r) => r.amount },
    ],
    rows: report.makers.flatMap((maker) => maker.lines.map((line) => ({ ...line, maker }))),
  }
  // the second table without a BOM of its own: one file, one BOM
  return toCsv(summary) + "\r\n" + toCsv(lines).replace(/^\uFEFF/, "")
}
