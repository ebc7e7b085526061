import type { BankTransferInstructions } from "@/lib/data/orders"
import { formatDateTime } from "@/lib/util/date"
import { formatWon } from "@/lib/util/money"

/** 무통장입금 안내: where to send how much, and until when, before the order is canceled. */
export function BankTransferNotice({ transfer }: { transfer: BankTransferInstructions }) {
  const rows: [string, string][] = [
    ["은행", transfer.bank_name],
    ["계좌번호", transfer.account_number],
    ["예금주", transfer.account_holder],
    ["입금하실 금액", formatWon(transfer.amount)],
    ["입금 기한", formatDateTime(transfer.deadline)],
  ]
  return (
    <section aria-labelledby="bank-transfer-title" className="rounded-2xl border-2 border-brand-100 bg-brand-50 p-5">
      <h2 id="bank-transfer-title" className="text-lg font-bold text-brand-700">
        입금 대기 중입니다
      </h2>
      <p className="mt-1 text-sm text-ink-700">
        아래 계좌로 입금 기한까지 주문 금액을 보내 주세요. 기한이 지나면 주문이 자동으로 취소됩니다.
      </p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-ink-500">{term}</dt>
            <dd className="font-semibold text-ink-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
