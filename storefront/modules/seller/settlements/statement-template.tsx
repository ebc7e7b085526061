import Link from "next/link"
import type { SellerStatement, SellerStatementLine } from "@/lib/data/seller-settlements"
import { formatCalendarDate, formatDateTime } from "@/lib/util/date"
import { periodDates } from "@/lib/util/seller-settlements"
import { PayoutAccountSummary } from "@/modules/seller/settlements/payout-account-section"
import { StatementAmounts } from "@/modules/seller/settlements/statement-amounts"
import { StatementLines } from "@/modules/seller/settlements/statement-lines"
import { StatementStatusBadge } from "@/modules/seller/settlements/status-badge"

type Props = { statement: SellerStatement; lines: SellerStatementLine[] }

/** One 정산 명세서: totals, where the money goes, the files, every line. */
export function SellerStatementTemplate({ statement, lines }: Props) {
  const exportHref = (format: "csv" | "xlsx") => `/seller/settlements/${encodeURIComponent(statement.id)}/export?format=${format}`
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <Link href="/seller/settlements" className="text-sm text-brand-700 underline">
        ← 정산 목록
      </Link>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-bold">{statement.period_label} 정산 명세서</h1>
        <StatementStatusBadge status={statement.status} label={statement.status_label} />
      </div>
      <p className="text-sm text-ink-500">
        기간 {periodDates(statement.period_starts_at, statement.period_ends_at)}
        {statement.confirmed_at && ` · 확정 ${formatDateTime(statement.confirmed_at)}`}
        {statement.paid_on && ` · 지급 ${formatCalendarDate(statement.paid_on)}`}
      </p>
      {statement.status === "draft" && (
        <p className="rounded-lg bg-cream-100 px-3 py-2 text-sm text-ink-700">작성 중인 명세서입니다. 기간이 끝나고 자활센터가 확정하기 전까지 금액이 바뀔 수 있습니다.</p>
      )}
      <section aria-labelledby="totals-title" className="space-y-2 rounded-2xl border border-cream-200 bg-white p-4">
        <h2 id="totals-title" className="font-bold">합계</h2>
        <StatementAmounts statement={statement} />
      </section>
      <section aria-labelledby="account-title" className="space-y-2 rounded-2xl border border-cream-200 bg-white p-4">
        <h2 id="account-title" className="font-bold">{statement.status === "draft" ? "지급 계좌 (현재 등록된 계좌)" : "지급 계좌 (확정할 때의 계좌)"}</h2>
        <PayoutAccountSummary account={statement.payout_account} />
      </section>
      <nav aria-label="명세서 내려받기" className="flex flex-wrap gap-2">
        <a href={exportHref("csv")} className="inline-flex min-h-11 items-center rounded-full border border-brand-600 px-4 text-sm font-semibold text-brand-700">
          CSV 내려받기
        </a>
        <a href={exportHref("xlsx")} className="inline-flex min-h-11 items-center rounded-full border border-brand-600 px-4 text-sm font-semibold text-brand-700">
          엑셀(XLSX) 내려받기
        </a>
      </nav>
      <section aria-labelledby="lines-title" className="space-y-2">
        <h2 id="lines-title" className="text-lg font-bold">내역 ({lines.length}줄)</h2>
        <StatementLines lines={lines} />
      </section>
    </div>
  )
}
