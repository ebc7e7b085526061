/**
 * Splits an order's lines into one parcel per maker (업체별 배송), in the order the makers first
 * appear, with each maker's subtotal and shipping fee when the order recorded them.
 */

type Line = { total: number; maker: { handle: string; name: string } | null }
type ShippingGroup = { maker_handle: string; maker_name: string; item_subtotal: number; shipping_fee: number }

export type MakerParcel<L extends Line> = {
  key: string
  maker: { handle: string; name: string } | null
  items: L[]
  item_subtotal: number
  /** null when the order has no per-maker shipping record (shown as part of the total only) */
  shipping_fee: number | null
}

const UNKNOWN_MAKER = "__unknown__"

export function groupItemsByMaker<L extends Line>(items: readonly L[], groups: readonly ShippingGroup[] = []): MakerParcel<L>[] {
  const parcels = new Map<string, MakerParcel<L>>()
  for (const item of items) {
    const key = item.maker?.handle ?? UNKNOWN_MAKER
    let parcel = parcels.get(key)
    if (!parcel) {
      parcel = { key, maker: item.maker, items: [], item_subtotal: 0, shipping_fee: null }
      parcels.set(key, parcel)
    }
    parcel.items.push(item)
    parcel.item_subtotal += item.total
  }
  for (const group of groups) {
    const parcel = parcels.get(group.maker_handle)
    if (parcel) {
      parcel.item_subtotal = group.item_subtotal
      parcel.shipping_fee = group.shipping_fee
    }
  }
  return [...parcels.values()]
}

/** The address on one line, as Korean parcels write it: "(12345) 기본주소 상세주소". */
export function formatKoreanAddress(address: {
  postal_code?: string | null
  address_1?: string | null
  address_2?: string | null
}): string {
  const postal = address.postal_code ? `(${address.postal_code}) ` : ""
  return `${postal}${[address.address_1, address.address_2].filter(Boolean).join(" ")}`.trim()
}

/** The recipient's name: our convention keeps it whole in first_name; older rows may split it. */
export function recipientName(address: { first_name?: string | null; last_name?: string | null }): string {
  return `${address.last_name ?? ""}${address.first_name ?? ""}`.trim()
}
