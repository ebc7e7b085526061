import { splitProportionally } from "../../../lib/money/split"
import { toWon, type AmountLike } from "../../../lib/money/won"

/** A snapshot row as the calculation needs it: a maker's share of one order line. */
export type SnapshotShare = { line_item_id: string; maker_id: string; quantity: number; amount: AmountLike }

/** An adjustment already recorded for the order (negative amounts). */
export type PriorAdjustment = {
  line_item_id: string | null
  maker_id: string
  quantity: number
  amount: AmountLike
  shipping_amount: AmountLike
}

export type ReturnedLine = { line_item_id: string; quantity: number }

/** A parcel fee as charged (order.metadata.maker_shipping, spread like the 구매확인서 does). */
export type ChargedShipping = { maker_id: string; fee: number }

export type ComputedAdjustment = {
  line_item_id: string | null
  maker_id: string
  quantity: number
  /** ≤ 0, whole won. */
  amount: number
  /** ≤ 0, whole won. */
  shipping_amount: number
}

/** Bad input for a cancel or return: the message is Korean and names the line. */
export class AdjustmentInputError extends Error {}

type Line = { id: string; quantity: number; total: number; makers: { maker_id: string; amount: number }[] }

function linesOf(rows: SnapshotShare[]): Map<string, Line> {
  const lines = new Map<string, Line>()
  for (const row of rows) {
    let line = lines.get(row.line_item_id)
    if (!line) {
      line = { id: row.line_item_id, quantity: row.quantity, total: 0, makers: [] }
      lines.set(row.line_item_id, line)
    }
    const amount = toWon(row.amount)
    line.total += amount
    line.makers.push({ maker_id: row.maker_id, amount })
  }
  return lines
}

/**
 * The line's value of q of its n units, in whole won: round(total × q / n), halves up, and the
 * whole total at q = n. Cumulative, so returning 1 unit three times takes back exactly the line.
 */
export function valueOfUnits(total: number, q: number, n: number): number {
  if (q >= n) return total
  if (q <= 0) return 0
  return Math.floor((total * q * 2 + n) / (2 * n))
}

/**
 * That value split over the line's makers by the snapshot's own rule (largest remainder over
 * the makers' shares, splitProportionally): at q = n every maker gets exactly its row.
 */
function makerValues(line: Line, q: number): Map<string, number> {
  if (line.makers.length === 1) return new Map([[line.makers[0].maker_id, valueOfUnits(line.total, q, line.quantity)]])
  return splitProportionally(
    valueOfUnits(line.total, q, line.quantity),
    line.makers.map((m) => ({ key: m.maker_id, weight: m.amount }))
  )
}

const key = (lineId: string | null, makerId: string) => `${lineId ?? ""}\u0000${makerId}`

/**
 * What a cancel or return takes back from each maker, as adjustment rows:
 * - per returned line and maker: −(that maker's value of the units returned so far, this time
 *   included − what it already gave back), so a maker's adjustments over a line never exceed its
 *   row and reach it exactly when every unit came back — its share of discounts and of a split
 *   gift set included, because the rows already are after discounts and split;
 * - per maker in `refundShippingOf`: −(its parcel fee as charged − fee already refunded), as a
 *   row of its own (line_item_id null, quantity 0).
 * Throws AdjustmentInputError (Korean) for an unknown line, a duplicated line, a quantity that is
 * not a whole number ≥ 1, or more units than are left to take back. Rows with nothing to take back
 * are left out.
 */
export function computeAdjustments(input: {
  rows: SnapshotShare[]
  prior?: PriorAdjustment[]
  returns: ReturnedLine[]
  shipping?: ChargedShipping[]
  refundShippingOf?: string[]
}): ComputedAdjustment[] {
  const lines = linesOf(input.rows)
  const prior = input.prior ?? []
  const givenBack = new Map<string, { quantity: number; amount: number; shipping: number }>()
  for (const p of prior) {
    const k = key(p.line_item_id, p.maker_id)
    const entry = givenBack.get(k) ?? { quantity: 0, amount: 0, shipping: 0 }
    entry.quantity += p.quantity
    entry.amount -= toWon(p.amount)
    entry.shipping -= toWon(p.shipping_amount)
    givenBack.set(k, entry)
  }
  const returnedUnits = (line: Line) =>
    Math.max(0, ...line.makers.map((m) => givenBack.get(key(line.id, m.maker_id))?.quantity ?? 0))

  const out: ComputedAdjustment[] = []
  const seen = new Set<string>()
  for (const ret of input.returns) {
    const line = lines.get(ret.line_item_id)
    if (!line) throw new AdjustmentInputError(`이 주문에 없는 상품 줄입니다: ${ret.line_item_id}`)
    if (seen.has(line.id)) throw new AdjustmentInputError(`같은 상품 줄을 두 번 보냈습니다: ${line.id}`)
    seen.add(line.id)
    if (!Number.isInteger(ret.quantity) || ret.quantity < 1) {
      throw new AdjustmentInputError(`수량은 1 이상의 정수여야 합니다: ${line.id}`)
    }
    const done = returnedUnits(line)
    const left = line.quantity - done
    if (ret.quantity > left) {
      throw new AdjustmentInputError(
        left > 0
          ? `취소·반품할 수 있는 수량은 ${left}개입니다 (주문 ${line.quantity}개, 이미 ${done}개 처리): ${line.id}`
          : `이미 모두 취소·반품된 상품 줄입니다: ${line.id}`
      )
    }
    const target = makerValues(line, done + ret.quantity)
    for (const maker of [...line.makers].sort((a, b) => (a.maker_id < b.maker_id ? -1 : 1))) {
      const already = givenBack.get(key(line.id, maker.maker_id))?.amount ?? 0
      out.push({
        line_item_id: line.id,
        maker_id: maker.maker_id,
        quantity: ret.quantity,
        amount: -((target.get(maker.maker_id) ?? 0) - already),
        shipping_amount: 0,
      })
    }
  }

  const fees = new Map((input.shipping ?? []).map((s) => [s.maker_id, s.fee]))
  for (const makerId of [...new Set(input.refundShippingOf ?? [])].sort()) {
    const refunded = givenBack.get(key(null, makerId))?.shipping ?? 0
    const left = (fees.get(makerId) ?? 0) - refunded
    if (left > 0) out.push({ line_item_id: null, maker_id: makerId, quantity: 0, amount: 0, shipping_amount: -left })
  }
  return out
}

/** Every unit not yet taken back, and every parcel fee: what cancelling the whole order refunds. */
export function computeFullCancel(input: {
  rows: SnapshotShare[]
  prior?: PriorAdjustment[]
  shipping?: ChargedShipping[]
}): ComputedAdjustment[] {
  const prior = input.prior ?? []
  const lines = linesOf(input.rows)
  const returns: ReturnedLine[] = []
  for (const line of lines.values()) {
    const done = Math.max(
      0,
      ...line.makers.map((m) =>
        prior.filter((p) => p.line_item_id === line.id && p.maker_id === m.maker_id).reduce((s, p) => s + p.quantity, 0)
      )
    )
    if (line.quantity - done > 0) returns.push({ line_item_id: line.id, quantity: line.quantity - done })
  }
  return computeAdjustments({
    rows: input.rows,
    prior,
    returns,
    shipping: input.shipping,
    refundShippingOf: (input.shipping ?? []).map((s) => s.maker_id),
  })
}

/** What the customer gets back for these adjustments (positive whole won). */
export const refundTotalOf = (adjustments: Pick<ComputedAdjustment, "amount" | "shipping_amount">[]) =>
  -adjustments.reduce((s, a) => s + a.amount + a.shipping_amount, 0)
