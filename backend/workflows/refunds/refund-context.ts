import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { chargedShippingFees } from "../../lib/orders/charged-shipping"
import { toAmount, type AmountLike } from "../../lib/money/won"
import { ATTRIBUTION_MODULE } from "../../modules/attribution"
import type AttributionModuleService from "../../modules/attribution/service"
import type { ChargedShipping, PriorAdjustment, SnapshotShare } from "../../modules/attribution/utils/compute-adjustments"
import { BANK_TRANSFER_PROVIDER_ID } from "../bank-transfer/overdue"

export const ORDER_NOT_FOUND = "주문을 찾을 수 없습니다."

export type RefundPayment = {
  id: string
  provider_id: string
  amount: number
  captured: number
  refunded: number
  canceled: boolean
  refund_ids: string[]
}

export type RefundItem = { id: string; title: string; product_id: string | null; quantity: number; fulfilled_quantity: number; shipped_quantity: number }

/** Everything a cancel or return decides on: the order's state, its snapshot rows and what was given back so far. */
export type RefundContext = {
  order: {
    id: string
    status: string
    canceled: boolean
    metadata: Record<string, unknown> | null
    items: RefundItem[]
    /** Fulfillments that are not canceled; shipped ones have shipped_at. */
    fulfillments: { id: string; shipped: boolean }[]
  }
  rows: SnapshotShare[]
  prior: PriorAdjustment[]
  shipping: ChargedShipping[]
  payments: RefundPayment[]
}

type Row = Record<string, unknown>
const num = (v: unknown) => toAmount(v as AmountLike)
const list = (v: unknown) => (Array.isArray(v) ? (v as Row[]) : [])

export async function loadRefundContext(container: MedusaContainer, order_id: string): Promise<RefundContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "status", "canceled_at", "metadata", "shipping_total",
      "items.id", "items.title", "items.product_id", "items.quantity", "items.detail.fulfilled_quantity", "items.detail.shipped_quantity",
      "fulfillments.id", "fulfillments.shipped_at", "fulfillments.canceled_at",
      "payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.amount",
      "payment_collections.payments.canceled_at", "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.id", "payment_collections.payments.refunds.amount",
    ],
    filters: { id: order_id },
  })
  const order = data[0] as Row | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND)

  const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
  const [rows, prior] = await Promise.all([
    attribution.listLineAttributions({ order_id }, { take: null }),
    attribution.listAttributionAdjustments({ order_id }, { take: null }),
  ])
  const metadata = (order.metadata as Record<string, unknown> | null) ?? null
  return {
    order: {
      id: order_id,
      status: String(order.status),
      canceled: order.status === "canceled" || !!order.canceled_at,
      metadata,
      items: list(order.items).map((i) => {
        const detail = (i.detail as Row | null) ?? {}
        return {
          id: String(i.id),
          title: String(i.title ?? ""),
          product_id: (i.product_id as string | null) ?? null,
          quantity: num(i.quantity),
          fulfilled_quantity: num(detail.fulfilled_quantity),
          shipped_quantity: num(detail.shipped_quantity),
        }
      }),
      fulfillments: list(order.fulfillments)
        .filter((f) => !f.canceled_at)
        .map((f) => ({ id: String(f.id), shipped: !!f.shipped_at })),
    },
    rows: rows.map((r) => ({ line_item_id: r.line_item_id, maker_id: r.maker_id, quantity: r.quantity, amount: r.amount as AmountLike })),
    prior: prior.map((p) => ({
      line_item_id: p.line_item_id,
      maker_id: p.maker_id,
      quantity: p.quantity,
      amount: p.amount as AmountLike,
      shipping_amount: p.shipping_amount as AmountLike,
    })),
    shipping: chargedShippingFees(metadata, order.shipping_total as AmountLike),
    payments: list(order.payment_collections)
      .flatMap((pc) => list(pc.payments))
      .map((p) => ({
        id: String(p.id),
        provider_id: String(p.provider_id),
        amount: num(p.amount),
        captured: list(p.captures).reduce((s, c) => s + num(c.amount), 0),
        refunded: list(p.refunds).reduce((s, r) => s + num(r.amount), 0),
        canceled: !!p.canceled_at,
        refund_ids: list(p.refunds).map((r) => String(r.id)),
      })),
  }
}

export const isBankTransfer = (p: { provider_id: string }) => p.provider_id === BANK_TRANSFER_PROVIDER_ID
/** A payment with money in hand: captured and not all of it refunded yet. */
export const refundable = (p: RefundPayment) => Math.round(p.captured - p.refunded)
