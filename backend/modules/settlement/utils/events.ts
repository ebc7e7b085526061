import { feeGivenBack, feeOf, formatRate } from "./fees"
import { subsidyGivenBack } from "./subsidy"

/**
 * What settlement reads, in the shapes of the modules that own it:
 * - a sale: one line_attribution row (a maker's share of an order line, whole won, after
 *   discounts) with the fee rate copied for that line × maker at order time;
 * - a parcel (shipments module): a maker's part of an order, counting once `confirmed`
 *   (구매확정) at `confirmed_at`, with the shipping the customer paid for it;
 * - an adjustment (attribution_adjustment): a cancel, return or refund of a maker's share
 *   (negative won), possibly with shipping refunded.
 */
export type SaleSource = {
  order_id: string
  order_display_id: number | null
  line_item_id: string
  maker_id: string
  /**
   * The maker whose parcel carries the line: the product's maker. A gift set's line is shipped
   * by the set's maker but split over its component makers, whose shares count when that parcel
   * is confirmed.
   */
  shipper_maker_id: string
  product_title: string
  quantity: number
  amount: number
  /** rate copied at order time; see fees.ts */
  rate_bp: number
  /**
   * 특판 할인 보전: what the center owes this maker for a campaign discount it bears on this line
   * (campaign_sale, see subsidy.ts), whole won; absent or 0 for a line the maker's discount alone.
   */
  subsidy?: number
}

export type ParcelSource = {
  id?: string
  order_id: string
  maker_id: string
  status: "awaiting" | "shipped" | "confirmed" | "canceled"
  confirmed_at: Date | null
  shipping_amount: number
}

export type AdjustmentSource = {
  id: string
  order_id: string
  line_item_id: string | null
  maker_id: string
  kind: "cancel" | "return" | "refund"
  /** ≤ 0: the maker's goods share refunded, its discount share included */
  amount: number
  /** ≤ 0: the maker's shipping refunded */
  shipping_amount: number
  occurred_at: Date
  /** when the shop wrote it down (the row's created_at); the order fees are given back in */
  recorded_at?: Date
  reference: string | null
}

export type MoneyEventKind = "sale" | "shipping" | "refund" | "fee" | "subsidy"

/**
 * One amount that counts for a maker at an instant. `key` is stable across rebuilds: a line on a
 * locked statement is recognised by it and never counted again.
 */
export type MoneyEvent = {
  key: string
  kind: MoneyEventKind
  maker_id: string
  order_id: string
  order_display_id: number | null
  line_item_id: string | null
  product_title: string | null
  quantity: number | null
  amount: number
  rate_bp: number | null
  /** adjustment id or reference, for refund lines */
  reference: string | null
  /** what a person reads on the statement: the product, 배송비, 반품 … */
  label: string
  at: Date
}

const ADJUSTMENT_LABEL: Record<AdjustmentSource["kind"], string> = { cancel: "취소", return: "반품", refund: "환불" }

const byTime = (a: { at: Date; key: string }, b: { at: Date; key: string }) =>
  a.at.getTime() - b.at.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

/**
 * The money events of confirmed parcels. A maker's lines of an order count when the parcel
 * carrying them is confirmed; adjustments made before that only reduce what is confirmed (they
 * count at the confirmation), later ones count when they occur. Nothing of an unconfirmed or canceled parcel
 * counts. Every goods amount brings its fee line (see fees.ts for the rule).
 */
export function moneyEvents(input: { sales: SaleSource[]; parcels: ParcelSource[]; adjustments: AdjustmentSource[] }): MoneyEvent[] {
  const confirmedAt = new Map<string, Date>()
  const confirmed = input.parcels.filter((p) => p.status === "confirmed" && !!p.confirmed_at)
  for (const p of confirmed) {
    const k = `${p.order_id}|${p.maker_id}`
    const prev = confirmedAt.get(k)
    // one parcel per maker and order is the rule; should there be more, the last confirmation counts
    if (!prev || p.confirmed_at! > prev) confirmedAt.set(k, p.confirmed_at!)
  }

  const events: MoneyEvent[] = []
  const base = (s: { order_id: string; maker_id: string }) => ({ order_id: s.order_id, maker_id: s.maker_id })
  const ratesOfOrder = new Map<string, number>()
  const net = new Map<string, { amount: number; rate_bp: number; original: number; subsidy: number }>()

  // when each line × maker, and each maker's part of an order, counts
  const lineAt = new Map<string, Date>()
  const orderMakerAt = new Map<string, Date>()
  for (const sale of input.sales) {
    const at = confirmedAt.get(`${sale.order_id}|${sale.shipper_maker_id}`)
    if (!at) continue
    lineAt.set(`${sale.line_item_id}|${sale.maker_id}`, at)
    const k = `${sale.order_id}|${sale.maker_id}`
    if (!orderMakerAt.has(k) || at > orderMakerAt.get(k)!) orderMakerAt.set(k, at)
  }
  for (const [k, at] of confirmedAt) orderMakerAt.set(k, at)

  for (const sale of input.sales) {
    const at = lineAt.get(`${sale.line_item_id}|${sale.maker_id}`)
    if (!at) continue
    const key = `sale:${sale.line_item_id}:${sale.maker_id}`
    events.push({
      key, kind: "sale", ...base(sale), order_display_id: sale.order_display_id, line_item_id: sale.line_item_id,
      product_title: sale.product_title, quantity: sale.quantity, amount: sale.amount, rate_bp: sale.rate_bp, reference: null,
      label: sale.product_title, at,
    })
    const saleEvent = events[events.length - 1]
    pushFee(events, key, -feeOf(sale.amount, sale.rate_bp), sale.rate_bp, saleEvent)
    const subsidy = sale.subsidy ?? 0
    pushSubsidy(events, `subsidy:${sale.line_item_id}:${sale.maker_id}`, subsidy, saleEvent, `특판 할인 보전: ${sale.product_title}`)
    net.set(`${sale.line_item_id}|${sale.maker_id}`, { amount: sale.amount, rate_bp: sale.rate_bp, original: sale.amount, subsidy })
    ratesOfOrder.set(`${sale.order_id}|${sale.maker_id}`, sale.rate_bp)
  }
  const displayIds = new Map(input.sales.map((s) => [s.order_id, s.order_display_id]))
  const titles = new Map(input.sales.map((s) => [`${s.line_item_id}|${s.maker_id}`, s.product_title]))

  for (const p of confirmed) {
    if (p.shipping_amount === 0) continue
    events.push({
      key: `shipping:${p.order_id}:${p.maker_id}${p.id ? `:${p.id}` : ""}`, kind: "shipping", ...base(p),
      order_display_id: displayIds.get(p.order_id) ?? null, line_item_id: null, product_title: null, quantity: null,
      amount: p.shipping_amount, rate_bp: null, reference: null, label: "배송비", at: confirmedAt.get(`${p.order_id}|${p.maker_id}`)!,
    })
  }

  // The goods part counts when the line's parcel is confirmed, the shipping part when the
  // maker's own parcel is (a gift-set component maker ships nothing of its own).
  const later = (a: Date, b: Date | undefined) => (b ? (a > b ? a : b) : undefined)
  const parts = input.adjustments
    .flatMap((a) => {
      const goodsAt = a.amount === 0 ? undefined : a.line_item_id ? lineAt.get(`${a.line_item_id}|${a.maker_id}`) : orderMakerAt.get(`${a.order_id}|${a.maker_id}`)
      const shippingAt = a.shipping_amount === 0 ? undefined : confirmedAt.get(`${a.order_id}|${a.maker_id}`)
      return [
        { a, part: "goods" as const, at: later(a.occurred_at, goodsAt), key: `refund:${a.id}` },
        { a, part: "shipping" as const, at: later(a.occurred_at, shippingAt), key: `refund-shipping:${a.id}` },
      ]
    })
    .filter((x): x is typeof x & { at: Date } => !!x.at)
    .sort(byTime)
  // The fee each goods refund gives back, worked out in the order the refunds were recorded, not
  // the order they count in: a refund written down later, even one dated earlier, then never
  // changes the fee lines of refunds already on a locked statement, so a line's fees still add up
  // to exactly fee(final net) (the 20,000-order simulation found a won given back twice when a
  // late-recorded refund was dated before one already settled).
  const recordedAt = (a: AdjustmentSource) => (a.recorded_at ?? a.occurred_at).getTime()
  const feeBack = new Map<string, number>()
  // the 특판 할인 보전 follows the same cumulative shape (subsidy.ts): worked out in recording order
  const subsidyBack = new Map<string, number>()
  const goods = parts.filter((p) => p.part === "goods").map((p) => p.a)
  for (const a of goods.sort((x, y) => recordedAt(x) - recordedAt(y) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
    const bucket = a.line_item_id ? net.get(`${a.line_item_id}|${a.maker_id}`) : undefined
    const rate_bp = bucket?.rate_bp ?? ratesOfOrder.get(`${a.order_id}|${a.maker_id}`) ?? 0
    if (bucket) {
      feeBack.set(a.id, feeGivenBack(bucket.amount, bucket.amount + a.amount, rate_bp))
      subsidyBack.set(a.id, -subsidyGivenBack(bucket.subsidy, bucket.original, bucket.amount, bucket.amount + a.amount))
      bucket.amount += a.amount
    } else {
      feeBack.set(a.id, feeOf(-a.amount, rate_bp))
    }
  }
  for (const { a, part, at, key } of parts) {
    const common = {
      key, kind: "refund" as const, ...base(a), order_display_id: displayIds.get(a.order_id) ?? null, quantity: null,
      reference: a.reference ?? a.id, at,
    }
    const what = ADJUSTMENT_LABEL[a.kind]
    if (part === "shipping") {
      events.push({ ...common, line_item_id: null, product_title: null, amount: a.shipping_amount, rate_bp: null, label: `${what}: 배송비` })
      continue
    }
    const product_title = a.line_item_id ? titles.get(`${a.line_item_id}|${a.maker_id}`) ?? null : null
    const bucket = a.line_item_id ? net.get(`${a.line_item_id}|${a.maker_id}`) : undefined
    const rate_bp = bucket?.rate_bp ?? ratesOfOrder.get(`${a.order_id}|${a.maker_id}`) ?? 0
    const event: MoneyEvent = { ...common, line_item_id: a.line_item_id, product_title, amount: a.amount, rate_bp, label: product_title ? `${what}: ${product_title}` : what }
    events.push(event)
    pushFee(events, key, feeBack.get(a.id) ?? 0, rate_bp, event)
    pushSubsidy(events, `subsidy:${key}`, subsidyBack.get(a.id) ?? 0, event, `${what}: 특판 할인 보전${product_title ? ` (${product_title})` : ""}`)
  }
  return events
}

/** The center's part of a campaign discount: no fee on it (the fee is charged on what the customer paid). */
function pushSubsidy(events: MoneyEvent[], key: string, amount: number, source: MoneyEvent, label: string) {
  if (amount === 0) return
  events.push({ ...source, key, kind: "subsidy", amount: amount + 0, rate_bp: null, quantity: source.kind === "sale" ? source.quantity : null, label })
}

function pushFee(events: MoneyEvent[], sourceKey: string, amount: number, rate_bp: number, source: MoneyEvent) {
  if (amount === 0) return
  events.push({ ...source, key: `fee:${sourceKey}`, kind: "fee", amount, rate_bp, quantity: null, label: `판매수수료 ${formatRate(rate_bp)}` })
}
