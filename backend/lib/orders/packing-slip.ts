import { linePriceTotals } from "./line-price-totals"
import { toWon } from "../money/won"
import { readOrderDetails } from "./order-metadata"
import { addressView } from "./order-view"
import type { MakerRef, OrderRecord } from "./types"

/**
 * What goes into the parcel: items and quantities, recipient, delivery note, gift card. A gift
 * (metadata.gift.hide_prices) carries no prices at all — the keys are left out, not zeroed, so a
 * printed slip cannot leak them by accident.
 */
export function buildPackingSlip(order: OrderRecord, makerOfProduct: Map<string, MakerRef>) {
  const details = readOrderDetails(order.metadata)
  const hidePrices = details.gift?.hide_prices === true
  const lines = linePriceTotals(order.items)
  return {
    order_number: order.display_id,
    ordered_at: new Date(order.created_at).toISOString(),
    recipient: addressView(order.shipping_address),
    orderer: { name: details.orderer_name, phone: details.orderer_phone },
    delivery_note: details.delivery_note,
    gift: details.gift ? { sender_name: details.gift.sender_name, message: details.gift.message } : null,
    hide_prices: hidePrices,
    items: (order.items ?? []).map((item) => {
      const maker = item.product_id ? makerOfProduct.get(item.product_id) : undefined
      return {
        title: item.product_title || item.title,
        variant_title: item.variant_title ?? null,
        quantity: toWon(item.quantity),
        maker_name: maker?.name ?? null,
        ...(hidePrices ? {} : { unit_price: toWon(item.unit_price), total: lines.totals.get(item.id)! }),
      }
    }),
    ...(hidePrices ? {} : { item_total: lines.item_total, shipping_total: toWon(order.shipping_total), total: toWon(order.total) }),
  }
}
export type PackingSlip = ReturnType<typeof buildPackingSlip>
