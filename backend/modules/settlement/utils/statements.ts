import type { MoneyEvent } from "./events"
import { periodOf, periodRange, type SettlementCycle } from "./periods"

export type StatementLineKind = "sale" | "shipping" | "refund" | "fee" | "subsidy" | "carry_over" | "adjustment"

export type StatementLineDraft = {
  key: string
  kind: StatementLineKind
  order_id: string | null
  order_display_id: number | null
  line_item_id: string | null
  product_title: string | null
  quantity: number | null
  amount: number
  rate_bp: number | null
  reference: string | null
  label: string
  occurred_at: Date | null
}

export type StatementTotals = {
  /** 판매금액: attributed goods after discounts */
  sales_amount: number
  /** 배송비 of the maker's confirmed parcels */
  shipping_amount: number
  /** 환불 (≤ 0) of this period's own lines */
  refund_amount: number
  /** lines that belong to a locked period and land here instead (usually refunds, ≤ 0) */
  adjustment_amount: number
  /** 판매수수료 (≤ 0; fees given back with refunds are included) */
  fee_amount: number
  /** 특판 할인 보전: the center's part of campaign discounts (≥ 0 but for give-backs of refunds); no fee on it */
  subsidy_amount: number
  /** a negative balance brought from the previous statement (≤ 0) */
  carry_over_amount: number
  /** sales + shipping + refunds + adjustments: the confirmed net sales of the period (customer money) */
  net_sales_amount: number
  /** net sales + 특판 할인 보전 − fees: what the period itself earns the maker */
  net_amount: number
  /** net + carry-over */
  balance_amount: number
  /** 지급액: the balance when positive, else 0 */
  payout_amount: number
  /** the balance when negative (carried to the next statement), else 0 */
  carry_forward_amount: number
}

export type StatementDraft = {
  maker_id: string
  period_code: string
  cycle: SettlementCycle
  lines: StatementLineDraft[]
  totals: StatementTotals
}

/** A statement already confirmed (or paid): its lines never change. */
export type LockedStatement = {
  maker_id: string
  period_code: string
  line_keys: string[]
  balance_amount: number
}

export function statementTotals(lines: Pick<StatementLineDraft, "kind" | "amount">[]): StatementTotals {
  const sum = (kind: StatementLineKind) => lines.reduce((s, l) => (l.kind === kind ? s + l.amount : s), 0)
  const sales_amount = sum("sale")
  const shipping_amount = sum("shipping")
  const refund_amount = sum("refund")
  const adjustment_amount = sum("adjustment")
  const fee_amount = sum("fee")
  const subsidy_amount = sum("subsidy")
  const carry_over_amount = sum("carry_over")
  const net_sales_amount = sales_amount + shipping_amount + refund_amount + adjustment_amount
  const net_amount = net_sales_amount + subsidy_amount + fee_amount
  const balance_amount = net_amount + carry_over_amount
  return {
    sales_amount, shipping_amount, refund_amount, adjustment_amount, fee_amount, subsidy_amount, carry_over_amount,
    net_sales_amount, net_amount, balance_amount,
    payout_amount: Math.max(balance_amount, 0),
    carry_forward_amount: Math.min(balance_amount, 0) + 0,
  }
}

const toLine = (e: MoneyEvent, kind: StatementLineKind): StatementLineDraft => ({
  key: e.key, kind, order_id: e.order_id, order_display_id: e.order_display_id, line_item_id: e.line_item_id,
  product_title: e.product_title, quantity: e.quantity, amount: e.amount, rate_bp: e.rate_bp, reference: e.reference,
  label: e.label, occurred_at: e.at,
})

/**
 * The open (draft) statements of every maker, rebuilt from scratch from the money events:
 * - an event already on a locked statement (by key) is never counted again;
 * - an event counts in the period of its instant (Asia/Seoul) in the maker's cycle — unless
 *   that period is locked for the maker: it then lands in the first open period as an
 *   `adjustment` line (its fee line stays a `fee` line beside it, its 특판 할인 보전 a `subsidy`
 *   line, so 순매출 stays what customers paid and the center's part stays apart);
 * - a negative balance carries to the maker's next statement (`carry_over` line), from a locked
 *   statement and from draft to draft, up to the current period (`now`), so a maker with no
 *   sales for a while still sees what it owes.
 * Statements are locked in period order (the confirm workflow refuses otherwise), so a maker's
 * locked statements always precede its open ones.
 */
export function buildDraftStatements(input: {
  events: MoneyEvent[]
  cycleOf: (maker_id: string) => SettlementCycle
  locked: LockedStatement[]
  now: Date
}): StatementDraft[] {
  const lockedKeys = new Set(input.locked.flatMap((s) => s.line_keys))
  const lastLocked = new Map<string, { lt: Date; balance: number }>()
  for (const s of input.locked) {
    const { lt } = periodRange(s.period_code)
    const prev = lastLocked.get(s.maker_id)
    if (!prev || lt > prev.lt) lastLocked.set(s.maker_id, { lt, balance: s.balance_amount })
  }

  const byMaker = new Map<string, Map<string, StatementLineDraft[]>>()
  for (const e of input.events) {
    if (lockedKeys.has(e.key)) continue
    const cycle = input.cycleOf(e.maker_id)
    const locked = lastLocked.get(e.maker_id)
    const late = !!locked && e.at < locked.lt
    const code = periodOf(late ? locked!.lt : e.at, cycle)
    const periods = byMaker.get(e.maker_id) ?? new Map<string, StatementLineDraft[]>()
    byMaker.set(e.maker_id, periods)
    periods.set(code, [...(periods.get(code) ?? []), toLine(e, late && e.kind !== "fee" && e.kind !== "subsidy" ? "adjustment" : e.kind)])
  }
  for (const [maker_id, locked] of lastLocked) {
    if (locked.balance < 0 && !byMaker.has(maker_id)) byMaker.set(maker_id, new Map())
  }

  const drafts: StatementDraft[] = []
  for (const [maker_id, periods] of [...byMaker.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const cycle = input.cycleOf(maker_id)
    const locked = lastLocked.get(maker_id)
    const codes = [...periods.keys()].sort((a, b) => periodRange(a).gte.getTime() - periodRange(b).gte.getTime())
    let code = locked ? periodOf(locked.lt, cycle) : codes[0]
    const last = [codes[codes.length - 1], periodOf(input.now, cycle)]
      .filter((c): c is string => !!c)
      .reduce((a, b) => (periodRange(a).gte >= periodRange(b).gte ? a : b))
    let carry = locked && locked.balance < 0 ? locked.balance : 0
    let carriedFrom: string | null = locked ? periodOf(new Date(locked.lt.getTime() - 1), cycle) : null
    while (code && periodRange(code).gte <= periodRange(last).gte) {
      const own = sortLines(periods.get(code) ?? [])
      if (own.length || carry < 0) {
        const lines = carry < 0 ? [carryLine(carry, carriedFrom!), ...own] : own
        const totals = statementTotals(lines)
        drafts.push({ maker_id, period_code: code, cycle, lines, totals })
        carry = totals.carry_forward_amount
        carriedFrom = code
      }
      code = periodOf(periodRange(code).lt, cycle)
    }
  }
  return drafts
}

function carryLine(amount: number, from: string): StatementLineDraft {
  return {
    key: `carry:${from}`, kind: "carry_over", order_id: null, order_display_id: null, line_item_id: null, product_title: null,
    quantity: null, amount, rate_bp: null, reference: from, label: `이월 (${from} 미지급 잔액)`, occurred_at: null,
  }
}

const KIND_ORDER: Record<StatementLineKind, number> = { carry_over: 0, sale: 1, shipping: 2, refund: 3, adjustment: 4, fee: 5, subsidy: 6 }

/** Lines by time, each order's lines together; a fee and a 특판 할인 보전 right after the line they belong to. */
function sortLines(lines: StatementLineDraft[]): StatementLineDraft[] {
  const sourceOf = (l: StatementLineDraft) =>
    l.kind === "fee" ? l.key.slice(4) : l.kind !== "subsidy" ? l.key : l.key.startsWith("subsidy:refund") ? l.key.slice(8) : `sale:${l.key.slice(8)}`
  return [...lines].sort(
    (a, b) =>
      (a.occurred_at?.getTime() ?? 0) - (b.occurred_at?.getTime() ?? 0) ||
      (a.order_id ?? "").localeCompare(b.order_id ?? "") ||
      sourceOf(a).localeCompare(sourceOf(b)) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
  )
}
