import { toWon, type AmountLike } from "../money/won"
import { readOrderDetails } from "../orders/order-metadata"
import type { OrderAddress } from "../orders/types"
import { carrierName, trackingUrl } from "./carriers"

/** A parcel as Query reads it from the shipments module. */
export type ParcelRecord = {
  id: string
  order_id: string
  maker_id: string
  status: string
  carrier: string | null
  tracking_number: string | null
  fulfillment_id?: string | null
  shipped_at: string | Date | null
  confirmed_at: string | Date | null
  confirmed_by: string | null
  shipping_amount: number
  items?: { line_item_id: string; quantity: number }[] | null
}

export const PARCEL_FIELDS = [
  "id", "order_id", "maker_id", "status", "carrier", "tracking_number", "fulfillment_id",
  "shipped_at", "confirmed_at", "confirmed_by", "shipping_amount", "created_at",
  "items.line_item_id", "items.quantity",
]

/** What a seller's order view reads of the order (never the buyer's email). */
export type SellerOrderRecord = {
  id: string
  display_id: number
  created_at: string | Date
  status: string
  metadata?: Record<string, unknown> | null
  shipping_address?: OrderAddress | null
  items?: { id: string; title: string; product_title?: string | null; variant_title?: string | null; thumbnail?: string | null; unit_price: AmountLike }[] | null
}

export const SELLER_ORDER_FIELDS = [
  "id", "display_id", "created_at", "status", "metadata",
  "shipping_address.first_name", "shipping_address.last_name", "shipping_address.phone", "shipping_address.postal_code",
  "shipping_address.address_1", "shipping_address.address_2", "shipping_address.city",
  "items.id", "items.title", "items.product_title", "items.variant_title", "items.thumbnail", "items.unit_price",
]

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null)

export const parcelStatusView = (parcel: ParcelRecord) => ({
  id: parcel.id,
  status: parcel.status,
  carrier: parcel.carrier,
  carrier_name: carrierName(parcel.carrier),
  tracking_number: parcel.tracking_number,
  tracking_url: trackingUrl(parcel.carrier, parcel.tracking_number),
  shipped_at: iso(parcel.shipped_at),
  confirmed_at: iso(parcel.confirmed_at),
  confirmed_by: parcel.confirmed_by,
})

/**
 * One order as 판매자센터 shows it to the maker shipping `parcel`: its own lines only, the
 * recipient, the delivery note and the gift card — no buyer email, no other maker's lines, and
 * on a gift (prices hidden) no price keys at all, so nothing printed from it can leak them.
 */
export function sellerOrderView(order: SellerOrderRecord, parcel: ParcelRecord) {
  const details = readOrderDetails(order.metadata)
  const hidePrices = details.gift?.hide_prices === true
  const lines = new Map((order.items ?? []).map((i) => [i.id, i]))
  const address = order.shipping_address
  return {
    id: order.id,
    display_id: order.display_id,
    placed_at: iso(order.created_at),
    order_status: order.status,
    parcel: parcelStatusView(parcel),
    recipient: {
      name: [address?.last_name, address?.first_name].filter(Boolean).join("") || null,
      phone: address?.phone ?? null,
      postal_code: address?.postal_code ?? null,
      address_1: address?.address_1 ?? null,
      address_2: address?.address_2 ?? null,
      city: address?.city ?? null,
    },
    delivery_note: details.delivery_note,
    gift: details.gift ? { sender_name: details.gift.sender_name, message: details.gift.message, hide_prices: hidePrices } : null,
    items: (parcel.items ?? []).flatMap((pi) => {
      const line = lines.get(pi.line_item_id)
      // a line staff canceled whole before shipment stays in the parcel with nothing to send
      if (!line || Number(pi.quantity) <= 0) return []
      return [
        {
          id: line.id,
          title: line.product_title || line.title,
          variant_title: line.variant_title ?? null,
          thumbnail: line.thumbnail ?? null,
          quantity: Number(pi.quantity),
          ...(hidePrices ? {} : { unit_price: toWon(line.unit_price) }),
        },
      ]
    }),
    ...(hidePrices ? {} : { shipping_amount: parcel.shipping_amount }),
  }
}
export type SellerOrderView = ReturnType<typeof sellerOrderView>

/** The slip that goes into the box: the view above plus who sends it, stamped with the print time. */
export function sellerPackingList(view: SellerOrderView, maker: { name: string; phone?: string | null }, printedAt: Date) {
  return {
    order_number: view.display_id,
    placed_at: view.placed_at,
    printed_at: printedAt.toISOString(),
    sender: { name: maker.name, phone: maker.phone ?? null },
    recipient: view.recipient,
    delivery_note: view.delivery_note,
    gift: view.gift ? { sender_name: view.gift.sender_name, message: view.gift.message } : null,
    hide_prices: view.gift?.hide_prices === true,
    items: view.items.map(({ thumbnail: _thumbnail, ...item }) => item),
    parcel: { carrier_name: view.parcel.carrier_name, tracking_number: view.parcel.tracking_number },
  }
}

/** A parcel on the customer's order page: who sends it, how far it is, where to follow it. */
export function storeParcelView(parcel: ParcelRecord, maker: { name: string; handle: string } | undefined) {
  return {
    ...parcelStatusView(parcel),
    maker: maker ? { name: maker.name, handle: maker.handle } : null,
    shipping_amount: parcel.shipping_amount,
    items: (parcel.items ?? []).filter((i) => Number(i.quantity) > 0).map((i) => ({ line_item_id: i.line_item_id, quantity: Number(i.quantity) })),
  }
}
