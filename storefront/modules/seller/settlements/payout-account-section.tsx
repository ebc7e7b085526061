import type { PayoutAccount, PayoutAccountChange } from "@/lib/data/seller-settlements"
import { formatDateTime } from "@/lib/util/date"
import { maskAccountNumber } from "@/lib/util/seller-settlements"
import { PayoutAccountForm } from "@/modules/seller/settlements/payout-account-form"

/** 은행 · 계좌번호 (last four digits only) · 예금주, or a dash when unset. */
export function PayoutAccountSummary({ account }: { account: PayoutAccount }) {
  if (!account.account_number) return <p className="text-sm text-ink-500">등록된 정산 계좌가 없습니다.</p>
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="payout-account">
      <dt className="text-ink-500">은행</dt>
      <dd>{account.bank ?? "—"}</dd>
      <dt className="text-ink-500">계좌번호</dt>
      <dd className="tabular-nums">{maskAccountNumber(account.account_number)}</dd>
      <dt className="text-ink-500">예금주</dt>
      <dd className="break-all">{account.holder ?? "—"}</dd>
    </dl>
  )
}

type Props = { account: { payout_account: PayoutAccount; changes: PayoutAccountChange[] } | null }

/** 정산 계좌 on the 정산 page: the 대표 sees it (masked) and can change it; 담당자 are told who can. */
export function PayoutAccountSection({ account }: Props) {
  return (
    <section aria-labelledby="payout-title" className="space-y-3 rounded-2xl border border-cream-200 bg-white p-4">
      <h2 id="payout-title" className="text-lg font-bold">정산 계좌</h2>
      {account ? (
        <>
          <PayoutAccountSummary account={account.payout_account} />
          {account.changes[0] && (
            <p className="text-xs text-ink-500">
              마지막 변경 {formatDateTime(account.changes[0].created_at)} ({account.changes[0].actor_type === "seller" ? "판매자센터" : "자활센터"})
            </p>
          )}
          <details className="rounded-lg border border-cream-200 p-3">
            <summary className="cursor-pointer text-sm font-semibold text-brand-700">정산 계좌 바꾸기</summary>
            <div className="pt-3">
              <PayoutAccountForm />
            </div>
          </details>
        </>
      ) : (
        <p className="text-sm text-ink-500">정산 계좌는 대표 계정만 보고 바꿀 수 있습니다.</p>
      )}
    </section>
  )
}
