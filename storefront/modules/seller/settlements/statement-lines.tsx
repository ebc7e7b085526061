import type { SellerStatementLine } from "@/lib/data/seller-settlements"
import { formatDateTime } from "@/lib/util/date"
import { formatWon } from "@/lib/util/money"
import { formatRateBp, withFees } from "@/lib/util/seller-settlements"

/** Kinds that are not a plain sale get a visible mark (환불, 조정, 이월, 배송비, 특판 할인 보전, a lone fee). */
const MARK: Partial<Record<SellerStatementLine["kind"], string>> = {
  refund: "border-brand-600 bg-brand-50 text-brand-700",
  adjustment: "border-brand-700 bg-brand-100 text-brand-700",
  carry_over: "border-ink-500 bg-cream-100 text-ink-700",
  shipping: "border-cream-200 bg-cream-50 text-ink-700",
  fee: "border-cream-200 bg-cream-50 text-ink-700",
  subsidy: "border-leaf-600 bg-cream-50 text-ink-700",
}

/**
 * Every line of a statement as a card (a six-column table does not fit 360 px): what it is, 주문번호,
 * 수량, 금액, and the 판매수수료 charged or given back on it beside it. 조정 lines are money of an
 * already confirmed period that lands here; the note says so.
 */
export function StatementLines({ lines }: { lines: SellerStatementLine[] }) {
  if (lines.length === 0) return <p className="rounded-2xl border border-cream-200 bg-white p-6 text-center text-ink-500">아직 내역이 없습니다.</p>
  const hasAdjustments = lines.some((l) => l.kind === "adjustment")
  return (
    <div className="space-y-2">
      {hasAdjustments && (
        <p className="text-sm text-ink-700">
          <strong className="font-semibold">조정</strong>: 이미 확정된 기간에 속하지만 확정 뒤에 생긴 금액(늦은 구매확정, 환불)입니다. 확정된 명세서는 바뀌지 않고, 이 명세서에서 정산합니다.
        </p>
      )}
      <ul aria-label="명세서 내역" className="space-y-2">
        {withFees(lines).map(({ line, fee }) => (
          <li key={line.id} data-kind={line.kind} className="space-y-1 rounded-xl border border-cream-200 bg-white p-3 text-sm">
            <div className="flex items-start justify-between gap-2">
              <p className="min-w-0 break-words font-semibold">
                {MARK[line.kind] && (
                  <span className={`mr-1 inline-flex rounded-full border px-2 py-0.5 align-middle text-xs font-semibold ${MARK[line.kind]}`}>
                    {line.kind_label}
                  </span>
                )}
                {line.label}
              </p>
              <p className={`shrink-0 text-right font-bold tabular-nums ${line.amount < 0 ? "text-brand-700" : ""}`}>{formatWon(line.amount)}</p>
            </div>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-xs text-ink-700">
              {line.order_display_id !== null && (
                <>
                  <dt className="text-ink-500">주문번호</dt>
                  <dd>{line.order_display_id}</dd>
                </>
              )}
              {line.quantity !== null && (
                <>
                  <dt className="text-ink-500">수량</dt>
                  <dd>{line.quantity}개</dd>
                </>
              )}
              {fee && (
                <>
                  <dt className="text-ink-500">수수료</dt>
                  <dd className="tabular-nums">
                    {formatWon(fee.amount)}
                    {fee.rate_bp !== null && ` (수수료율 ${formatRateBp(fee.rate_bp)})`}
                  </dd>
                </>
              )}
              {!fee && line.kind !== "fee" && line.rate_bp !== null && (
                // no fee line: the fee of this amount rounds to 0원 (or the rate is 0%)
                <>
                  <dt className="text-ink-500">수수료</dt>
                  <dd className="tabular-nums">{`${formatWon(0)} (수수료율 ${formatRateBp(line.rate_bp)})`}</dd>
                </>
              )}
              {line.occurred_at && (
                <>
                  <dt className="text-ink-500">일시</dt>
                  <dd>
                    <time dateTime={line.occurred_at}>{formatDateTime(line.occurred_at)}</time>
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  )
}
