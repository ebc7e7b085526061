import { linePriceTotals } from "./line-price-totals"
import { toWon } from "../money/won"
import { readOrderDetails } from "./order-metadata"
import { paymentView } from "./order-view"
import type { OrderRecord } from "./types"

export const ORDER_PLACED_TEMPLATE = "order-placed"
export const PAYMENT_CONFIRMED_TEMPLATE = "payment-confirmed"

/**
 * The data an email template needs for an order message: number, lines, totals in whole won,
 * the 무통장입금 account and deadline when the customer still has to transfer, and where a guest
 * looks the order up. A gift's recipient never gets this mail; it goes to the orderer.
 */
export function orderNotificationData(order: OrderRecord, storefrontUrl: string) {
  const payment = paymentView(order)
  const details = readOrderDetails(order.metadata)
  const lines = linePriceTotals(order.items)
  return {
    order_id: order.id,
    order_number: order.display_id,
    ordered_at: new Date(order.created_at).toISOString(),
    orderer_name: details.orderer_name,
    items: (order.items ?? []).map((item) => ({
      title: item.product_title || item.title,
      variant_title: item.variant_title ?? null,
      quantity: toWon(item.quantity),
      unit_price: toWon(item.unit_price),
      total: lines.totals.get(item.id)!,
    })),
    item_total: lines.item_total,
    shipping_total: toWon(order.shipping_total),
    discount_total: toWon(order.discount_total),
    total: toWon(order.total),
    payment_status: payment.status,
    bank_transfer: payment.bank_transfer && payment.status === "authorized" ? payment.bank_transfer : null,
    is_gift: details.gift !== null,
    lookup_url: `${storefrontUrl.replace(/\/+$/, "")}/orders/lookup`,
  }
}
