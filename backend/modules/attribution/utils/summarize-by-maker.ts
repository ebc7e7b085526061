import { toWon, type AmountLike } from "../../../lib/money/won"

export type AttributionRowLike = {
  order_id: string
  line_item_id: string
  maker_id: string
  maker_handle: string
  maker_name: string
  maker_business_registration_number: string | null
  quantity: number
  amount: AmountLike
  placed_at: Date | string
}

/** An attribution adjustment (cancel, return, refund): negative whole won. */
export type AdjustmentRowLike = {
  order_id: string
  line_item_id: string | null
  maker_id: string
  quantity: number
  amount: AmountLike
}

export type MakerSalesLine = {
  maker_id: string
  maker_handle: string
  /** The name as recorded on the newest order in the period (snapshots are never rewritten). */
  maker_name: string
  business_registration_number: string | null
  orders: number
  units: number
  /** What the rows sold (canceled orders included): 판매액. */
  gross_amount: number
  /** Units taken back by cancels and returns. */
  refunded_units: number
  /** ≤ 0: what cancels, returns and refunds took back from the maker (취소·반품). */
  refunded_amount: number
  /** gross_amount + refunded_amount: the maker's figure (순매출). */
  net_amount: number
}

export type MakerSalesTotals = {
  orders: number
  units: number
  gross_amount: number
  refunded_units: number
  refunded_amount: number
  net_amount: number
}

export type MakerSalesSummary = {
  makers: MakerSalesLine[]
  totals: MakerSalesTotals
}

/**
 * Per-maker orders, units and won: what the rows sold (gross), what adjustments took back
 * (refunded, ≤ 0) and the difference (net); totals are sums of the same whole-won rows. A gift
 * set split over several makers counts its units for each of them but once in the totals. A
 * canceled order keeps its rows and carries cancel adjustments that bring it to zero.
 * Adjustments of makers without rows here (a shipping-only refund row) add nothing.
 */
export function summarizeByMaker(rows: AttributionRowLike[], adjustments: AdjustmentRowLike[] = []): MakerSalesSummary {
  const byMaker = new Map<string, MakerSalesLine & { orderIds: Set<string>; newest: number }>()
  const allOrders = new Set<string>()
  const unitsOfLine = new Map<string, number>()
  let gross = 0
  for (const row of rows) {
    const placed = new Date(row.placed_at).getTime()
    const amount = toWon(row.amount)
    let line = byMaker.get(row.maker_id)
    if (!line) {
      line = {
        maker_id: row.maker_id,
        maker_handle: row.maker_handle,
        maker_name: row.maker_name,
        business_registration_number: row.maker_business_registration_number,
        orders: 0,
        units: 0,
        gross_amount: 0,
        refunded_units: 0,
        refunded_amount: 0,
        net_amount: 0,
        orderIds: new Set(),
        newest: placed,
      }
      byMaker.set(row.maker_id, line)
    }
    if (placed > line.newest) {
      line.newest = placed
      line.maker_name = row.maker_name
      line.maker_handle = row.maker_handle
      line.business_registration_number = row.maker_business_registration_number
    }
    line.orderIds.add(row.order_id)
    line.units += row.quantity
    line.gross_amount += amount
    allOrders.add(row.order_id)
    unitsOfLine.set(row.line_item_id, row.quantity)
    gross += amount
  }
  // units taken back per line and maker; a split set's line counts once in the totals (its makers all carry the same units)
  const refundedOfLine = new Map<string, Map<string, number>>()
  let refunded = 0
  for (const adj of adjustments) {
    const line = byMaker.get(adj.maker_id)
    if (!line) continue
    const amount = toWon(adj.amount)
    line.refunded_amount += amount
    refunded += amount
    if (adj.line_item_id) {
      line.refunded_units += adj.quantity
      const perMaker = refundedOfLine.get(adj.line_item_id) ?? new Map<string, number>()
      perMaker.set(adj.maker_id, (perMaker.get(adj.maker_id) ?? 0) + adj.quantity)
      refundedOfLine.set(adj.line_item_id, perMaker)
    }
  }
  const makers = [...byMaker.values()]
    .map(({ orderIds, newest: _newest, ...line }) => ({
      ...line,
      orders: orderIds.size,
      net_amount: line.gross_amount + line.refunded_amount,
    }))
    .sort((a, b) => b.net_amount - a.net_amount || b.gross_amount - a.gross_amount || a.maker_name.localeCompare(b.maker_name, "ko"))
  const units = [...unitsOfLine.values()].reduce((a, b) => a + b, 0)
  const refundedUnits = [...refundedOfLine.values()].reduce((s, perMaker) => s + Math.max(...perMaker.values()), 0)
  return {
    makers,
    totals: {
      orders: allOrders.size,
      units,
      gross_amount: gross,
      refunded_units: refundedUnits,
      refunded_amount: refunded,
      net_amount: gross + refunded,
    },
  }
}
