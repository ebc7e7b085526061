import { makerKindLabel } from "../../../storefront/lib/util/maker-kinds"
import { seoulDate } from "../dates/seoul-range"
import { toWon, type AmountLike } from "../money/won"
import { certificateMakers, type CertificateRow } from "./purchase-certificate"
import type { MakerRef, OrderRecord } from "./types"

export type ReportOrder = Pick<OrderRecord, "id" | "display_id" | "created_at" | "status" | "metadata" | "shipping_total" | "total">
export type ReportAdjustment = { order_id: string; maker_id: string; amount: AmountLike; shipping_amount: AmountLike }
export type ReportMakerRef = MakerRef & { kind?: string | null; legal_form?: string | null }

type MakerOrder = { order_number: number; ordered_on: string; item_amount: number; shipping_fee: number; refunded_amount: number; amount: number }
type MakerLine = { order_number: number; ordered_on: string; title: string; quantity: number; amount: number }

export type PurchaseReportMaker = {
  maker_id: string
  name: string
  legal_form: string | null
  business_registration_number: string | null
  kind: string | null
  kind_label: string
  orders: number
  /** Σ of its lines (after discounts, VAT included) as the attribution snapshot recorded them. */
  item_amount: number
  /** Σ of its parcel fees as charged (the 구매확인서's split). */
  shipping_amount: number
  /** ≤ 0: cancels, returns and refunds of its lines and fees. */
  refunded_amount: number
  /** item_amount + shipping_amount + refunded_amount: what the institution bought from it. */
  amount: number
  order_entries: MakerOrder[]
  lines: MakerLine[]
}

/**
 * 구매 실적: an institution's purchases in a period, per maker, built order by order from the
 * same per-maker split as the 구매확인서 (certificateMakers), so both agree to the won:
 * Σ maker item_amount + Σ maker shipping_amount (+ any shipping no maker snapshot names, kept
 * apart as unassigned_shipping) = Σ order totals, and amount = that − refunds.
 * Refunds are each maker's attribution adjustments of those orders, whenever they happened.
 */
export function buildPurchaseReport(
  orders: ReportOrder[],
  rowsByOrder: Map<string, CertificateRow[]>,
  adjustments: ReportAdjustment[],
  makers: Map<string, ReportMakerRef>
) {
  const byMaker = new Map<string, PurchaseReportMaker>()
  const entry = (makerId: string, fallback: { name: string; brn: string | null }) => {
    let maker = byMaker.get(makerId)
    if (!maker) {
      const current = makers.get(makerId)
      maker = {
        maker_id: makerId,
        name: fallback.name || current?.name || "만든 곳 미지정",
        legal_form: current?.legal_form ?? null,
        business_registration_number: fallback.brn ?? current?.business_registration_number ?? null,
        kind: current?.kind ?? null,
        kind_label: makerKindLabel(current?.kind),
        orders: 0,
        item_amount: 0,
        shipping_amount: 0,
        refunded_amount: 0,
        amount: 0,
        order_entries: [],
        lines: [],
      }
      byMaker.set(makerId, maker)
    }
    return maker
  }

  const refundsOf = new Map<string, number>()
  for (const adj of adjustments) {
    const key = `${adj.order_id}:${adj.maker_id}`
    refundsOf.set(key, (refundsOf.get(key) ?? 0) + toWon(adj.amount) + toWon(adj.shipping_amount))
  }

  let unassignedShipping = 0
  const orderViews = orders.map((order) => {
    const ordered_on = seoulDate(new Date(order.created_at))
    const split = certificateMakers(order, rowsByOrder.get(order.id) ?? [], makers)
    // a maker refunded on this order without rows here (a shipping-only refund) still counts
    for (const adj of adjustments) if (adj.order_id === order.id && !split.has(adj.maker_id)) {
      split.set(adj.maker_id, { name: makers.get(adj.maker_id)?.name ?? "", business_registration_number: null, items: [], item_total: 0, shipping_fee: 0 })
    }
    let refunded = 0
    let fees = 0
    for (const [makerId, part] of split) {
      const maker = entry(makerId, { name: part.name, brn: part.business_registration_number })
      const refund = refundsOf.get(`${order.id}:${makerId}`) ?? 0
      const amount = part.item_total + part.shipping_fee + refund
      maker.orders += 1
      maker.item_amount += part.item_total
      maker.shipping_amount += part.shipping_fee
      maker.refunded_amount += refund
      maker.amount += amount
      maker.order_entries.push({ order_number: order.display_id, ordered_on, item_amount: part.item_total, shipping_fee: part.shipping_fee, refunded_amount: refund, amount })
      for (const item of part.items) maker.lines.push({ order_number: order.display_id, ordered_on, ...item })
      refunded += refund
      fees += part.shipping_fee
    }
    const total = toWon(order.total)
    unassignedShipping += toWon(order.shipping_total) - fees
    return { id: order.id, order_number: order.display_id, ordered_on, status: order.status, total, refunded_amount: refunded, amount: total + refunded }
  })

  const makerList = [...byMaker.values()].sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name, "ko"))
  const sum = (pick: (m: PurchaseReportMaker) => number) => makerList.reduce((s, m) => s + pick(m), 0)
  const orderTotal = orderViews.reduce((s, o) => s + o.total, 0)
  const refundedTotal = sum((m) => m.refunded_amount)
  return {
    makers: makerList,
    orders: orderViews,
    totals: {
      orders: orderViews.length,
      item_amount: sum((m) => m.item_amount),
      shipping_amount: sum((m) => m.shipping_amount),
      /** Shipping of orders whose per-maker breakdown is missing (0 when every snapshot exists). */
      unassigned_shipping: unassignedShipping,
      refunded_amount: refundedTotal,
      /** Σ of the orders' totals as placed. */
      order_total: orderTotal,
      /** order_total + refunded_amount = Σ maker amount + unassigned_shipping. */
      amount: orderTotal + refundedTotal,
    },
  }
}
export type PurchaseReport = ReturnType<typeof buildPurchaseReport>
