import { toWon } from "../money/won"

/**
 * What checkout keeps in cart.metadata (copied to order.metadata at completion): the orderer,
 * the delivery note, the gift option, and — written at placement by the shipping code — the
 * shipping fee per maker. Readers here never trust the stored shape blindly.
 */
export type GiftOption = { sender_name: string | null; message: string | null; hide_prices: boolean }

export type OrderDetailsInput = {
  orderer_name: string
  orderer_phone: string
  delivery_note?: string
  gift?: { sender_name?: string; message?: string } | null
}

export type MakerShippingGroup = {
  maker_id: string
  maker_handle: string
  maker_name: string
  item_subtotal: number
  shipping_fee: number
}
export type MakerShipping = { groups: MakerShippingGroup[]; shipping_total: number }

export type OrderDetails = {
  orderer_name: string | null
  orderer_phone: string | null
  delivery_note: string | null
  gift: GiftOption | null
}

/** The metadata keys the order-details route writes (a gift always hides prices from the recipient). */
export function orderDetailsMetadata(input: OrderDetailsInput): Record<string, unknown> {
  return {
    orderer_name: input.orderer_name,
    orderer_phone: input.orderer_phone,
    delivery_note: input.delivery_note || null,
    gift: input.gift
      ? { sender_name: input.gift.sender_name || null, message: input.gift.message || null, hide_prices: true }
      : null,
  }
}

const str = (value: unknown) => (typeof value === "string" && value !== "" ? value : null)

export function readOrderDetails(metadata: Record<string, unknown> | null | undefined): OrderDetails {
  const m = metadata ?? {}
  const gift = m.gift && typeof m.gift === "object" ? (m.gift as Record<string, unknown>) : null
  return {
    orderer_name: str(m.orderer_name),
    orderer_phone: str(m.orderer_phone),
    delivery_note: str(m.delivery_note),
    gift: gift ? { sender_name: str(gift.sender_name), message: str(gift.message), hide_prices: gift.hide_prices !== false } : null,
  }
}

export function readMakerShipping(metadata: Record<string, unknown> | null | undefined): MakerShipping | null {
  const value = metadata?.maker_shipping as { groups?: unknown; shipping_total?: unknown } | undefined
  if (!value || !Array.isArray(value.groups)) return null
  const groups = (value.groups as Record<string, unknown>[]).map((g) => ({
    maker_id: String(g.maker_id ?? ""),
    maker_handle: String(g.maker_handle ?? ""),
    maker_name: String(g.maker_name ?? ""),
    item_subtotal: toWon(g.item_subtotal as number),
    shipping_fee: toWon(g.shipping_fee as number),
  }))
  return { groups, shipping_total: toWon(value.shipping_total as number) }
}
