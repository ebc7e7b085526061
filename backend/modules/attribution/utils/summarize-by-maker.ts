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

export type MakerSalesLine = {
  maker_id: string
  maker_handle: string
  /** The name as recorded on the newest order in the period (snapshots are never rewritten). */
  maker_name: string
  business_registration_number: string | null
  orders: number
  units: number
  gross_amount: number
}

export type MakerSalesSummary = {
  makers: MakerSalesLine[]
  totals: { orders: number; units: number; gross_amount: number }
}

/**
 * Per-maker orders, units and gross won; totals are sums of the same whole-won rows. A gift set
 * split over several makers counts its units for each of them but once in the totals.
 */
export function summarizeByMaker(rows: AttributionRowLike[]): MakerSalesSummary {
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
  const makers = [...byMaker.values()]
    .map(({ orderIds, newest: _newest, ...line }) => ({ ...line, orders: orderIds.size }))
    .sort((a, b) => b.gross_amount - a.gross_amount || a.maker_name.localeCompare(b.maker_name, "ko"))
  const units = [...unitsOfLine.values()].reduce((a, b) => a + b, 0)
  return { makers, totals: { orders: allOrders.size, units, gross_amount: gross } }
}
