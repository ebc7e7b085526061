import type { BankTransferInstructions } from "@/lib/data/orders"
import { formatDeadline } from "@/lib/util/deadline"
import { formatWon } from "@/lib/util/money"

/**
 * 무통장입금 안내, large: the first thing a customer needs after ordering is where to send how
 * much by when (the order is canceled automatically once the deadline passes unpaid).
 */
export function TransferInstructions({ transfer }: { transfer: BankTransferInstructions }) {
  return (
    <section
      aria-labelledby="transfer-title"
      className="space-y-4 rounded-2xl border-2 border-brand-500 bg-brand-50 p-5 sm:p-6"
      data-testid="transfer-instructions"
    >
      <h2 id="transfer-title" className="text-xl font-bold text-brand-700">
        입금 안내
      </h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        <dt className="text-ink-700">입금하실 금액</dt>
        <dd className="text-3xl font-extrabold text-brand-700">{formatWon(transfer.amount)}</dd>
        <dt className="text-ink-700">입금 계좌</dt>
        <dd className="text-lg font-bold">
          {transfer.bank_name} <span className="select-all tabular-nums">{transfer.account_number}</span>
        </dd>
        <dt className="text-ink-700">예금주</dt>
        <dd className="font-semibold">{transfer.account_holder}</dd>
        <dt className="text-ink-700">입금 기한</dt>
        <dd className="text-lg font-bold">
          <time dateTime={transfer.deadline}>{formatDeadline(transfer.deadline)}</time>
        </dd>
      </dl>
      <p className="text-sm text-ink-700">
        주문하신 분 이름으로 입금해 주세요. 입금이 확인되면 만든 곳에서 상품을 준비합니다. 기한 안에 입금되지 않으면
        주문이 자동으로 취소됩니다.
      </p>
    </section>
  )
}
