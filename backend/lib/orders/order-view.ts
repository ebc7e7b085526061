import { linePriceTotals } from "./line-price-totals"
import { toWon } from "../money/won"
import { readMakerShipping, readOrderDetails } from "./order-metadata"
import { BANK_TRANSFER_PROVIDER_ID } from "../../workflows/bank-transfer/overdue"
import type { MakerRef, OrderAddress, OrderPayment, OrderRecord } from "./types"

export type PaymentView = {
  provider_id: string
  /** authorized (e.g. 입금 대기), captured (paid), canceled, refunded; "none" before any payment */
  status: "authorized" | "captured" | "canceled" | "refunded" | "none"
  bank_transfer?: { bank_name: string; account_number: string; account_holder: string; amount: number; deadline: string }
}

const iso = (value: string | Date) => new Date(value).toISOString()

/** The newest payment of the order (Medusa keeps one collection per order for a cart checkout). */
export function latestPayment(order: OrderRecord): OrderPayment | null {
  const payments = (order.payment_collections ?? []).flatMap((c) => c.payments ?? [])
  return payments[payments.length - 1] ?? null
}

export function paymentView(order: OrderRecord): PaymentView {
  const payment = latestPayment(order)
  if (!payment) return { provider_id: "", status: "none" }
  const status: PaymentView["status"] = payment.refunds?.length
    ? "refunded"
    : payment.canceled_at
      ? "canceled"
      : payment.captured_at
        ? "captured"
        : "authorized"
  const view: PaymentView = { provider_id: payment.provider_id, status }
  const data = payment.data ?? {}
  if (payment.provider_id === BANK_TRANSFER_PROVIDER_ID && typeof data.account_number === "string") {
    view.bank_transfer = {
      bank_name: String(data.bank_name ?? ""),
      account_number: data.account_number,
      account_holder: String(data.account_holder ?? ""),
      amount: toWon(payment.amount),
      deadline: typeof data.deadline === "string" ? iso(data.deadline) : "",
    }
  }
  return view
}

export function addressView(address: OrderAddress | null | undefined) {
  if (!address) return null
  return {
    first_name: address.first_name ?? "",
    last_name: address.last_name ?? "",
    phone: address.phone ?? "",
    postal_code: address.postal_code ?? "",
    address_1: address.address_1 ?? "",
    address_2: address.address_2 ?? "",
    city: address.city ?? "",
    province: address.province ?? "",
    country_code: address.country_code ?? "",
  }
}

/** The order as the customer's order page and the admin widget read it. */
export function orderDetailsView(order: OrderRecord, makerOfProduct: Map<string, MakerRef>) {
  const details = readOrderDetails(order.metadata)
  const lines = linePriceTotals(order.items)
  return {
    id: order.id,
    display_id: order.display_id,
    created_at: iso(order.created_at),
    email: order.email,
    status: order.status,
    payment_status: order.payment_status ?? null,
    fulfillment_status: order.fulfillment_status ?? null,
    currency_code: order.currency_code,
    item_total: lines.item_total,
    shipping_total: toWon(order.shipping_total),
    discount_total: toWon(order.discount_total),
    total: toWon(order.total),
    ...details,
    shipping_address: addressView(order.shipping_address),
    items: (order.items ?? []).map((item) => {
      const maker = item.product_id ? makerOfProduct.get(item.product_id) : undefined
      return {
        id: item.id,
        title: item.product_title || item.title,
        variant_title: item.variant_title ?? null,
        thumbnail: item.thumbnail ?? null,
        quantity: toWon(item.quantity),
        unit_price: toWon(item.unit_price),
        total: lines.totals.get(item.id)!,
        maker: maker ? { handle: maker.handle, name: maker.name } : null,
      }
    }),
    maker_shipping: readMakerShipping(order.metadata),
    payment: paymentView(order),
  }
}
export type OrderDetailsView = ReturnType<typeof orderDetailsView>
