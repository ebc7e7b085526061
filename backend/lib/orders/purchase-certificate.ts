import { splitProportionally } from "../money/split"
import { toWon, type AmountLike } from "../money/won"
import { readMakerShipping, readOrderDetails } from "./order-metadata"
import type { MakerRef, OrderRecord } from "./types"

/** One attribution snapshot row (see modules/attribution): a maker's share of one order line. */
export type CertificateRow = {
  line_item_id: string
  product_title: string
  maker_id: string
  maker_handle: string
  maker_name: string
  maker_business_registration_number: string | null
  quantity: number
  amount: AmountLike
}

export type CertificateMaker = {
  name: string
  business_registration_number: string | null
  representative?: string
  address?: string
  items: { title: string; quantity: number; amount: number }[]
  item_total: number
  shipping_fee: number
}

export const CERTIFICATE_NOTE =
  "자활장터는 통신판매중개자이며, 위 상품의 판매자(공급자)는 각 만든 곳(자활기업 등)입니다. " +
  "금액은 부가가치세를 포함한 원화 금액이고, 주문 시점의 기록에 따릅니다. 이 확인서는 세금계산서나 현금영수증을 대신하지 않습니다."

/**
 * 구매확인서: who sold what to whom for how much, per maker, from the order-time attribution
 * snapshot (a gift set split over several makers appears under each of them with its share).
 * Every won is accounted for: Σ maker item_total + shipping_total = total. The per-maker shipping
 * fee comes from metadata.maker_shipping; if the order's shipping total differs from those fees
 * (a free-shipping promotion), it is spread over them in proportion so the fees still add up.
 */
export function buildPurchaseCertificate(
  order: OrderRecord,
  rows: CertificateRow[],
  makers: Map<string, MakerRef>,
  issuedAt: Date
) {
  const details = readOrderDetails(order.metadata)
  const shippingTotal = toWon(order.shipping_total)
  const byMaker = certificateMakers(order, rows, makers)
  const makerList = [...byMaker.values()]
  return {
    order_number: order.display_id,
    ordered_at: new Date(order.created_at).toISOString(),
    issued_at: issuedAt.toISOString(),
    order_status: order.status,
    buyer: {
      name: details.orderer_name ?? fullName(order),
      email: order.email,
      phone: details.orderer_phone ?? order.shipping_address?.phone ?? null,
    },
    payment_status: order.payment_status ?? null,
    makers: makerList,
    item_total: makerList.reduce((s, m) => s + m.item_total, 0),
    shipping_total: shippingTotal,
    discount_total: toWon(order.discount_total),
    total: toWon(order.total),
    operator_note: CERTIFICATE_NOTE,
  }
}
export type PurchaseCertificate = ReturnType<typeof buildPurchaseCertificate>

/**
 * The per-maker part of the 구매확인서, keyed by maker id: each maker's lines and amounts from
 * the attribution snapshot and its parcel fee as charged. Also the 구매 실적 report's source
 * (lib/orders/purchase-report.ts), so both documents count every won the same way.
 */
export function certificateMakers(order: Pick<OrderRecord, "metadata" | "shipping_total">, rows: CertificateRow[], makers: Map<string, MakerRef>) {
  const shippingTotal = toWon(order.shipping_total)
  const byMaker = new Map<string, CertificateMaker>()
  const entryFor = (makerId: string, fallback: { name: string; brn: string | null }) => {
    let entry = byMaker.get(makerId)
    if (!entry) {
      const current = makers.get(makerId)
      entry = {
        name: fallback.name,
        // the snapshot's number is what was true when the order was placed
        business_registration_number: fallback.brn ?? current?.business_registration_number ?? null,
        ...(current?.representative ? { representative: current.representative } : {}),
        ...(current?.address ? { address: current.address } : {}),
        items: [],
        item_total: 0,
        shipping_fee: 0,
      }
      byMaker.set(makerId, entry)
    }
    return entry
  }

  for (const row of rows) {
    const entry = entryFor(row.maker_id, { name: row.maker_name, brn: row.maker_business_registration_number })
    const amount = toWon(row.amount)
    entry.items.push({ title: row.product_title, quantity: row.quantity, amount })
    entry.item_total += amount
  }

  const shipping = readMakerShipping(order.metadata)
  const paying = shipping?.groups.filter((g) => g.shipping_fee > 0 || byMaker.has(g.maker_id)) ?? []
  if (shipping && paying.length && shippingTotal > 0) {
    const fees =
      shipping.groups.reduce((s, g) => s + g.shipping_fee, 0) === shippingTotal
        ? new Map(paying.map((g) => [g.maker_id, g.shipping_fee]))
        : splitProportionally(shippingTotal, paying.map((g) => ({ key: g.maker_id, weight: g.shipping_fee })))
    for (const group of paying) {
      const fee = fees.get(group.maker_id) ?? 0
      if (!fee && !byMaker.has(group.maker_id)) continue
      entryFor(group.maker_id, { name: group.maker_name, brn: null }).shipping_fee = fee
    }
  }

  return byMaker
}

function fullName(order: OrderRecord): string | null {
  const a = order.shipping_address
  const name = [a?.last_name, a?.first_name].filter(Boolean).join("")
  return name || null
}
