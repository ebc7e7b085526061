import Link from "next/link"
import type { PayoutAccount, PayoutAccountChange, SellerStatement } from "@/lib/data/seller-settlements"
import { periodDates } from "@/lib/util/seller-settlements"
import { PayoutAccountSection } from "@/modules/seller/settlements/payout-account-section"
import { StatementAmounts } from "@/modules/seller/settlements/statement-amounts"
import { StatementStatusBadge } from "@/modules/seller/settlements/status-badge"

type Props = {
  statements: SellerStatement[]
  account: { payout_account: PayoutAccount; changes: PayoutAccountChange[] } | null
}

/** 정산: the maker's statements by period, newest first, and its 정산 계좌. */
export function SellerSettlementsTemplate({ statements, account }: Props) {
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <h1 className="text-xl font-bold">정산</h1>
      <p className="text-sm text-ink-700">
        구매확정된 주문이 확정된 달의 명세서에 들어갑니다. 기간이 끝나면 자활센터가 명세서를 확정하고 지급합니다. 금액은 부가세 포함, 원 단위입니다.
      </p>
      {statements.length === 0 ? (
        <p className="rounded-2xl border border-cream-200 bg-white p-6 text-center text-ink-500">아직 정산 명세서가 없습니다. 구매확정된 주문이 생기면 여기에 보입니다.</p>
      ) : (
        <ul aria-label="정산 명세서 목록" className="space-y-3">
          {statements.map((s) => (
            <li key={s.id} className="space-y-3 rounded-2xl border border-cream-200 bg-white p-4" data-period={s.period_code}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-bold">
                  <Link href={`/seller/settlements/${s.id}`} className="text-brand-700 underline">
                    {s.period_label} 정산
                  </Link>
                </h2>
                <StatementStatusBadge status={s.status} label={s.status_label} />
              </div>
              <p className="text-xs text-ink-500">기간 {periodDates(s.period_starts_at, s.period_ends_at)}</p>
              <StatementAmounts statement={s} />
            </li>
          ))}
        </ul>
      )}
      <PayoutAccountSection account={account} />
    </div>
  )
}
