import type { SellerStatement } from "@/lib/data/seller-settlements"
import { formatWon } from "@/lib/util/money"

/**
 * The totals of a statement: 판매금액 + 배송비 + 특판 할인 보전 − 환불 − 판매수수료 (+ 이월) = 지급액.
 * 특판 할인 보전 (the center's part of a 특판전 discount), 조정 (money of an already confirmed period
 * landing here) and 다음 기간 이월 (a negative balance carried on) only when there are any.
 */
export function StatementAmounts({ statement }: { statement: SellerStatement }) {
  const rows: [string, number, string][] = [
    ["판매금액", statement.sales_amount, "sales"],
    ["배송비", statement.shipping_amount, "shipping"],
    ["환불", statement.refund_amount, "refund"],
    ...(statement.adjustment_amount ? [["조정", statement.adjustment_amount, "adjustment"] as [string, number, string]] : []),
    ...(statement.subsidy_amount ? [["특판 할인 보전", statement.subsidy_amount, "subsidy"] as [string, number, string]] : []),
    ["판매수수료", statement.fee_amount, "fee"],
    ["이월", statement.carry_over_amount, "carry-over"],
  ]
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
      {rows.map(([label, amount, id]) => (
        <div key={id} className="contents">
          <dt className="text-ink-500">{label}</dt>
          <dd className="text-right tabular-nums" data-testid={`amount-${id}`}>
            {formatWon(amount)}
          </dd>
        </div>
      ))}
      <dt className="border-t border-cream-200 pt-1 font-bold">지급액</dt>
      <dd className="border-t border-cream-200 pt-1 text-right font-bold tabular-nums" data-testid="amount-payout">
        {formatWon(statement.payout_amount)}
      </dd>
      {statement.carry_forward_amount !== 0 && (
        <>
          <dt className="text-ink-500">다음 기간 이월</dt>
          <dd className="text-right tabular-nums text-brand-700" data-testid="amount-carry-forward">
            {formatWon(statement.carry_forward_amount)}
          </dd>
        </>
      )}
    </dl>
  )
}
