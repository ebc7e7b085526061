import Link from "next/link"
import type { Institution, PurchaseReport } from "@/lib/data/institution"
import { formatWon } from "@/lib/util/money"
import { AccountFrame } from "@/modules/account/templates/account-frame"

type Props = {
  institution: Institution | null
  period: { from: string; to: string }
  report: PurchaseReport | null
  error: string | null
}

/** 구매 실적: period form, per-maker table with totals, each maker's lines; prints without the shop around it. */
export function PurchaseReportTemplate({ institution, period, report, error }: Props) {
  return (
    <AccountFrame title="구매 실적" current="/account">
      {/* print: only the report, on white */}
      <style>{`@media print { header, footer, nav, form, .no-print { display: none !important; } body { background: #fff; } }`}</style>
      {!institution ? (
        <p className="rounded-lg bg-cream-100 px-4 py-3 text-sm">기관 회원만 구매 실적을 볼 수 있습니다. 기관 등록은 자활장터 운영사무국에 문의해 주세요.</p>
      ) : (
        <div className="space-y-6">
          <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
            <label className="space-y-1">
              <span className="block font-semibold">시작일</span>
              <input type="date" name="from" defaultValue={period.from} className="rounded-lg border border-cream-200 px-3 py-2" />
            </label>
            <label className="space-y-1">
              <span className="block font-semibold">종료일</span>
              <input type="date" name="to" defaultValue={period.to} className="rounded-lg border border-cream-200 px-3 py-2" />
            </label>
            <button type="submit" className="rounded-lg bg-ink-900 px-4 py-2 font-semibold text-white">조회</button>
            <Link
              href={`/account/purchase-report/csv?from=${encodeURIComponent(period.from)}&to=${encodeURIComponent(period.to)}`}
              prefetch={false}
              className="rounded-lg border border-ink-900 px-4 py-2 font-semibold"
            >
              CSV 내려받기
            </Link>
          </form>
          {error && <p role="alert" className="font-semibold text-brand-700">{error}</p>}
          {report && <Report report={report} />}
        </div>
      )}
    </AccountFrame>
  )
}

function Report({ report }: { report: PurchaseReport }) {
  const t = report.totals
  return (
    <article className="space-y-6">
      <header className="space-y-1 text-sm">
        <p className="text-lg font-bold">
          {report.institution.name} 구매 실적 ({report.from} ~ {report.to}, 한국 시간)
        </p>
        <p>사업자등록번호 {report.institution.business_number} · 주문 {t.orders}건 · 금액은 부가가치세 포함</p>
      </header>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b text-left">
              <th className="py-2">만든 곳</th>
              <th>사업자등록번호</th>
              <th>구분</th>
              <th className="text-right">주문 수</th>
              <th className="text-right">상품금액</th>
              <th className="text-right">배송비</th>
              <th className="text-right">취소·환불</th>
              <th className="text-right">금액</th>
            </tr>
          </thead>
          <tbody>
            {report.makers.map((m) => (
              <tr key={m.maker_id} className="border-b">
                <td className="py-2">{m.name}</td>
                <td>{m.business_registration_number ?? "—"}</td>
                <td>{m.kind_label}</td>
                <td className="text-right">{m.orders}</td>
                <td className="text-right">{formatWon(m.item_amount)}</td>
                <td className="text-right">{formatWon(m.shipping_amount)}</td>
                <td className="text-right">{formatWon(m.refunded_amount)}</td>
                <td className="text-right font-semibold">{formatWon(m.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-bold">
              <td className="py-2">합계</td>
              <td />
              <td />
              <td className="text-right">{t.orders}</td>
              <td className="text-right">{formatWon(t.item_amount)}</td>
              <td className="text-right">{formatWon(t.shipping_amount + t.unassigned_shipping)}</td>
              <td className="text-right">{formatWon(t.refunded_amount)}</td>
              <td className="text-right">{formatWon(t.amount)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {report.makers.map((m) => (
        <section key={m.maker_id} className="space-y-2 break-inside-avoid">
          <h2 className="font-bold">
            {m.name} <span className="font-normal text-ink-700">({m.business_registration_number ?? "사업자등록번호 없음"})</span>
          </h2>
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b text-left">
                <th className="py-1">주문번호</th>
                <th>주문일</th>
                <th>상품</th>
                <th className="text-right">수량</th>
                <th className="text-right">금액</th>
              </tr>
            </thead>
            <tbody>
              {m.lines.map((line, i) => (
                <tr key={`${line.order_number}-${i}`} className="border-b">
                  <td className="py-1">{line.order_number}</td>
                  <td>{line.ordered_on}</td>
                  <td>{line.title}</td>
                  <td className="text-right">{line.quantity}</td>
                  <td className="text-right">{formatWon(line.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <p className="no-print text-xs text-ink-700">이 화면은 인쇄(Ctrl+P)하면 표만 인쇄됩니다. 세금계산서·현금영수증은 각 만든 곳이 발행합니다.</p>
    </article>
  )
}
