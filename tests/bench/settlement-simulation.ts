/**
 * A shop's worth of randomized orders run through the real money path — tier prices, whole-won
 * promotion rounding (wholeWonAdjustments), gift sets split over their makers
 * (buildLineAttributions), 업체별 배송 (computeMakerShipping) and settlement (moneyEvents,
 * buildDraftStatements) — period after period, with staff locking every ended period. Only the
 * customer's side (what was paid, what was refunded) and the parcels' fates are made up here.
 * Used by tests/unit/settlement-reconciliation.property.test.ts (a few thousand orders) and
 * tests/bench/settlement-reconciliation.mjs (10,000).
 */
import { splitProportionally } from "../../backend/lib/money/split"
import { wholeWonAdjustments, type AdjustedLine } from "../../backend/lib/money/whole-won-adjustments"
import { computeMakerShipping, type ProductShippingPolicies } from "../../backend/lib/shipping/per-maker-fee"
import { moneyEvents, type AdjustmentSource, type ParcelSource, type SaleSource } from "../../backend/modules/settlement/utils/events"
import { feeOf } from "../../backend/modules/settlement/utils/fees"
import { campaignSubsidy, subsidyOf } from "../../backend/modules/settlement/utils/subsidy"
import { periodOf, periodRange, type SettlementCycle } from "../../backend/modules/settlement/utils/periods"
import { buildDraftStatements, type LockedStatement, type StatementDraft } from "../../backend/modules/settlement/utils/statements"
import { buildLineAttributions, type ComponentShare, type LineAttributionRow, type MakerSnapshot } from "../../backend/workflows/attribution/build-line-attributions"

/** mulberry32: small, fast, repeatable. */
export function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type SimMaker = MakerSnapshot & { base_fee: number; threshold: number | null; rate_bp: number; cycle: SettlementCycle }
type SimProduct = { id: string; title: string; maker: SimMaker; tiers: { min: number; price: number }[]; components?: { product: SimProduct; quantity: number }[] }

const MAKERS: SimMaker[] = [
  { id: "mkr_gim", handle: "naechingu-gim", name: "내친구김", base_fee: 3000, threshold: 30000, rate_bp: 1000, cycle: "monthly" },
  { id: "mkr_sarang", handle: "matsarang", name: "맛사랑", base_fee: 3000, threshold: null, rate_bp: 0, cycle: "monthly" },
  { id: "mkr_haengbok", handle: "haengbok-gage", name: "행복가게", base_fee: 2500, threshold: 20000, rate_bp: 1050, cycle: "weekly" },
  { id: "mkr_gomi", handle: "gomirotte", name: "꼬미로떼", base_fee: 4000, threshold: 50000, rate_bp: 333, cycle: "monthly" },
  { id: "mkr_bapsang", handle: "hamkke-bapsang", name: "협동조합 함께밥상", base_fee: 0, threshold: null, rate_bp: 1234, cycle: "weekly" },
]

function catalog(rand: () => number): SimProduct[] {
  const products: SimProduct[] = []
  for (const maker of MAKERS) {
    for (let i = 0; i < 4; i++) {
      // odd prices (2,999원, 11,990원) make every rounding step work
      const price = Math.round((1500 + rand() * 38000) / 10) * 10 - (rand() < 0.4 ? 1 : 0)
      const tiers = [{ min: 1, price }]
      if (rand() < 0.6) tiers.push({ min: 3, price: Math.round((price * 0.9) / 10) * 10 - 1 })
      if (rand() < 0.3) tiers.push({ min: 10, price: Math.round((price * 0.8) / 10) * 10 })
      products.push({ id: `prod_${maker.handle}_${i}`, title: `${maker.name} 상품 ${i + 1}`, maker, tiers })
    }
  }
  const pick = (maker: SimMaker) => products.filter((p) => p.maker === maker && !p.components)
  // gift sets: shipped by the set's maker, split over component makers by standalone value
  const sets: [SimMaker, SimMaker[]][] = [
    [MAKERS[0], [MAKERS[0], MAKERS[1], MAKERS[2]]],
    [MAKERS[0], [MAKERS[0], MAKERS[3]]],
    [MAKERS[3], [MAKERS[3], MAKERS[4]]],
    [MAKERS[2], [MAKERS[2], MAKERS[4], MAKERS[1]]],
  ]
  sets.forEach(([owner, members], i) => {
    const components = members.map((m) => ({ product: pick(m)[Math.floor(rand() * 4)], quantity: 1 + Math.floor(rand() * 4) }))
    const value = components.reduce((s, c) => s + c.product.tiers[0].price * c.quantity, 0)
    products.push({ id: `prod_set_${i}`, title: `선물세트 ${i + 1}`, maker: owner, tiers: [{ min: 1, price: Math.round((value * 0.85) / 100) * 100 }], components })
  })
  return products
}

export type SimOrder = {
  id: string
  paid: number
  refunded: number
  rows: LineAttributionRow[]
  shipping: Map<string, number>
}

export type SimulationReport = {
  orders: number
  lines: number
  attribution_rows: number
  gift_set_lines: number
  discounted_orders: { percentage: number; fixed: number }
  /** 특판전 lines whose discount the center bears wholly (center) or partly (split) */
  campaign_lines: { center: number; split: number }
  parcels: { confirmed: number; canceled: number; free_shipping: number; paid_shipping: number }
  adjustments: { cancel: number; return: number; refund: number; after_confirmation: number; recorded_after_lock: number }
  statements: number
  adjustment_lines: number
  carry_over_lines: number
  periods: { code: string; statements: number; net_sales: number; fees: number; statements_net: number; subsidies: number; payouts: number; carry_in: number; carry_out: number }[]
  totals: { paid: number; refunded: number; net_sales: number; fees: number; subsidies: number; payouts: number; outstanding: number }
  mismatches: string[]
}

const DAY = 24 * 3600_000
const START = new Date("2026-08-31T15:00:00Z") // 2026-09-01 00:00 Seoul

/** Builds `count` orders and settles them; every invariant failure is listed in `mismatches`. */
export function simulateSettlement(count: number, seed = 20261201): SimulationReport {
  const rand = prng(seed)
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))
  const products = catalog(rand)
  const byId = new Map(products.map((p) => [p.id, p]))
  const policies: ProductShippingPolicies = Object.fromEntries(
    products.map((p) => [p.id, { maker: { id: p.maker.id, handle: p.maker.handle, name: p.maker.name }, base_fee: p.maker.base_fee, free_shipping_threshold: p.maker.threshold }])
  )
  const makerById = new Map(MAKERS.map((m) => [m.id, m]))

  const report: SimulationReport = {
    orders: count, lines: 0, attribution_rows: 0, gift_set_lines: 0, discounted_orders: { percentage: 0, fixed: 0 }, campaign_lines: { center: 0, split: 0 },
    parcels: { confirmed: 0, canceled: 0, free_shipping: 0, paid_shipping: 0 },
    adjustments: { cancel: 0, return: 0, refund: 0, after_confirmation: 0, recorded_after_lock: 0 },
    statements: 0, adjustment_lines: 0, carry_over_lines: 0, periods: [],
    totals: { paid: 0, refunded: 0, net_sales: 0, fees: 0, subsidies: 0, payouts: 0, outstanding: 0 }, mismatches: [],
  }

  const sales: SaleSource[] = []
  const parcels: (ParcelSource & { visible_at: Date })[] = []
  const adjustments: (AdjustmentSource & { recorded_at: Date })[] = []
  const orders: SimOrder[] = []

  for (let n = 0; n < count; n++) {
    const order_id = `order_${n}`
    const created = new Date(START.getTime() + rand() * 88 * DAY)
    const chosen = new Set<SimProduct>()
    for (let k = int(1, 5); k > 0; k--) chosen.add(products[int(0, products.length - 1)])
    const items = [...chosen].map((p, i) => {
      const quantity = rand() < 0.7 ? int(1, 3) : int(4, 12)
      const regular = [...p.tiers].reverse().find((t) => quantity >= t.min)!.price // tier price
      // some lines are sold at a 특판전 price whose discount the center bears wholly or partly
      // (odd prices and shares, so the subsidy's floors work); gift sets are not in campaigns here
      const campaign = !p.components && rand() < 0.25
      const unit_price = campaign ? Math.round((regular * [0.7, 0.8, 0.85][int(0, 2)]) / 10) * 10 - (rand() < 0.5 ? 1 : 0) : regular
      const subsidy = !campaign
        ? 0
        : rand() < 0.5
          ? (report.campaign_lines.center++, campaignSubsidy({ regular_unit_price: regular, sale_unit_price: unit_price, quantity, discount_bearer: "center" }))
          : (report.campaign_lines.split++,
            campaignSubsidy({ regular_unit_price: regular, sale_unit_price: unit_price, quantity, discount_bearer: "split", maker_share_percent: [30, 33, 50, 67][int(0, 3)] }))
      return { id: `${order_id}_li_${i}`, product: p, quantity, unit_price, subtotal: unit_price * quantity, subsidy }
    })
    const subtotal = items.reduce((s, i) => s + i.subtotal, 0)

    // a promotion code as Medusa leaves it (exact decimals, maybe VAT-exclusive), made whole
    const promo = rand()
    const inclusive = rand() < 0.5
    let lines: AdjustedLine[] = items.map((i) => ({ id: i.id, tax_rates: [10], adjustments: [] }))
    if (promo < 0.3) {
      report.discounted_orders.percentage++
      const pct = [5, 10, 15, 20, 33][int(0, 4)] / 100
      lines = items.map((i) => ({ id: i.id, tax_rates: [10], adjustments: [{ id: `${i.id}_adj`, code: "PCT", amount: (i.subtotal * pct) / (inclusive ? 1 : 1.1), is_tax_inclusive: inclusive }] }))
    } else if (promo < 0.6) {
      report.discounted_orders.fixed++
      const fixed = Math.min(int(1, 10) * 1000, Math.floor(subtotal / 2))
      lines = items.map((i) => ({ id: i.id, tax_rates: [10], adjustments: [{ id: `${i.id}_adj`, code: "FIX", amount: (fixed * i.subtotal) / subtotal / (inclusive ? 1 : 1.1), is_tax_inclusive: inclusive }] }))
    }
    const changes = new Map(wholeWonAdjustments(lines).map((c) => [c.id, c.amount]))
    const discountOf = (id: string) => lines.find((l) => l.id === id)!.adjustments.reduce((s, a) => s + (changes.get(a.id) ?? Number(a.amount)), 0)
    const order = {
      id: order_id, display_id: n + 1, created_at: created, currency_code: "krw",
      items: items.map((i) => ({ id: i.id, product_id: i.product.id, variant_id: i.product.id, title: i.product.title, quantity: i.quantity, total: i.subtotal - discountOf(i.id) })),
    }
    const rows = buildLineAttributions(
      order,
      (pid) => (pid ? byId.get(pid)?.maker : undefined),
      (vid): ComponentShare[] | undefined => byId.get(vid ?? "")?.components?.map((c) => ({ maker: c.product.maker, weight: c.product.tiers[0].price * c.quantity }))
    )
    const shipping = computeMakerShipping(items.map((i) => ({ id: i.id, product_id: i.product.id, unit_price: i.unit_price, quantity: i.quantity })), policies)
    const paid = order.items.reduce((s, i) => s + i.total, 0) + shipping.shipping_total
    report.lines += items.length
    report.attribution_rows += rows.length
    report.gift_set_lines += items.filter((i) => i.product.components).length
    const sim: SimOrder = { id: order_id, paid, refunded: 0, rows, shipping: new Map() }
    orders.push(sim)

    const shipperOf = new Map(items.map((i) => [i.id, i.product.maker.id]))
    const subsidyOfLine = new Map(items.map((i) => [i.id, i.subsidy]))
    for (const row of rows) {
      sales.push({
        order_id, order_display_id: n + 1, line_item_id: row.line_item_id, maker_id: row.maker_id, shipper_maker_id: shipperOf.get(row.line_item_id)!,
        product_title: row.product_title, quantity: row.quantity, amount: row.amount, rate_bp: makerById.get(row.maker_id)!.rate_bp,
        subsidy: subsidyOfLine.get(row.line_item_id) ?? 0,
      })
    }

    // what is left to refund, per attribution row and per line's units
    const left = new Map(rows.map((r) => [`${r.line_item_id}|${r.maker_id}`, r.amount]))
    const unitsLeft = new Map(items.map((i) => [i.id, i.quantity]))
    let adjN = 0
    const refund = (kind: AdjustmentSource["kind"], line_item_id: string | null, maker_id: string, amount: number, shipping_amount: number, occurred_at: Date, confirmed: Date | null) => {
      if (amount === 0 && shipping_amount === 0) return
      const delayed = rand() < 0.12
      const recorded_at = new Date(occurred_at.getTime() + (delayed ? int(5, 20) * DAY : int(0, 7200) * 1000))
      adjustments.push({ id: `${order_id}_adj_${adjN++}`, order_id, line_item_id, maker_id, kind, amount, shipping_amount, occurred_at, reference: `${kind}-${order_id}`, recorded_at })
      report.adjustments[kind]++
      if (confirmed && occurred_at > confirmed) report.adjustments.after_confirmation++
      sim.refunded -= amount + shipping_amount
    }
    /** Refunds `units` of a line: the line's remaining won by units, then over its makers. */
    const refundUnits = (kind: AdjustmentSource["kind"], item: (typeof items)[number], units: number, at: Date, confirmed: Date | null) => {
      const remainingUnits = unitsLeft.get(item.id)!
      const lineRows = rows.filter((r) => r.line_item_id === item.id)
      const remaining = lineRows.reduce((s, r) => s + left.get(`${item.id}|${r.maker_id}`)!, 0)
      const amount = units === remainingUnits ? remaining : splitProportionally(remaining, [{ key: "back", weight: units }, { key: "keep", weight: remainingUnits - units }]).get("back")!
      unitsLeft.set(item.id, remainingUnits - units)
      if (amount === 0) return
      const shares = splitProportionally(amount, lineRows.map((r) => ({ key: r.maker_id, weight: left.get(`${item.id}|${r.maker_id}`)! })))
      for (const [maker_id, share] of shares) {
        left.set(`${item.id}|${maker_id}`, left.get(`${item.id}|${maker_id}`)! - share)
        refund(kind, item.id, maker_id, -share, 0, at, confirmed)
      }
    }

    for (const group of shipping.maker_groups) {
      const maker_id = group.maker!.id
      const groupItems = items.filter((i) => group.line_item_ids.includes(i.id))
      sim.shipping.set(maker_id, group.shipping_fee)
      report.parcels[group.shipping_fee > 0 ? "paid_shipping" : "free_shipping"]++
      const fate = rand()
      if (fate < 0.08) {
        // canceled before shipping: everything of the parcel goes back, shipping included
        const at = new Date(created.getTime() + rand() * 3 * DAY)
        for (const item of groupItems) refundUnits("cancel", item, unitsLeft.get(item.id)!, at, null)
        refund("cancel", null, maker_id, 0, -group.shipping_fee, at, null)
        parcels.push({ id: `pcl_${order_id}_${maker_id}`, order_id, maker_id, status: "canceled", confirmed_at: null, shipping_amount: group.shipping_fee, visible_at: at })
        report.parcels.canceled++
        continue
      }
      const confirmed = new Date(created.getTime() + (2 + rand() * 18) * DAY)
      if (fate < 0.18) {
        const item = groupItems.find((i) => i.quantity >= 2)
        if (item) refundUnits("cancel", item, int(1, item.quantity - 1), new Date(created.getTime() + rand() * (confirmed.getTime() - created.getTime())), confirmed)
      }
      parcels.push({ id: `pcl_${order_id}_${maker_id}`, order_id, maker_id, status: "confirmed", confirmed_at: confirmed, shipping_amount: group.shipping_fee, visible_at: confirmed })
      report.parcels.confirmed++
      if (rand() < 0.2) {
        // a return after 구매확정, often in a later period
        const item = groupItems[int(0, groupItems.length - 1)]
        const units = unitsLeft.get(item.id)!
        if (units > 0) {
          const at = new Date(confirmed.getTime() + (1 + rand() * 40) * DAY)
          refundUnits("return", item, int(1, units), at, confirmed)
          if (rand() < 0.3 && group.shipping_fee > 0) refund("return", null, maker_id, 0, -group.shipping_fee, at, confirmed)
        }
      }
      if (rand() < 0.05) {
        // a goodwill refund not tied to a line, at most what is left of the maker's goods in this
        // (confirmed) parcel: drawn from another parcel's line, a later cancel of that parcel would
        // give back less than the line (the real cancel gives back the whole line remainder and
        // knows nothing of line-less refunds), which no route of the shop can produce
        const ownRows = rows.filter((r) => r.maker_id === maker_id && group.line_item_ids.includes(r.line_item_id))
        const own = ownRows.reduce((s, r) => s + left.get(`${r.line_item_id}|${maker_id}`)!, 0)
        const amount = Math.min(int(1, 30) * 100, own)
        if (amount > 0) {
          const fromRow = ownRows.find((r) => left.get(`${r.line_item_id}|${maker_id}`)! >= amount)
          if (fromRow) {
            left.set(`${fromRow.line_item_id}|${maker_id}`, left.get(`${fromRow.line_item_id}|${maker_id}`)! - amount)
            refund("refund", null, maker_id, -amount, 0, new Date(confirmed.getTime() + rand() * 30 * DAY), confirmed)
          }
        }
      }
    }
    report.totals.paid += paid
    report.totals.refunded += sim.refunded
  }

  // staff lock every period shortly after it ends, in time order; then once more at the end
  const cycleOf = (id: string) => makerById.get(id)!.cycle
  const lastEvent = Math.max(...adjustments.map((a) => a.recorded_at.getTime()), ...parcels.map((p) => p.visible_at.getTime()))
  const boundaries = new Set<number>()
  for (const cycle of ["monthly", "weekly"] as const) {
    for (let at = periodRange(periodOf(START, cycle)).lt; at.getTime() <= lastEvent + 40 * DAY; at = periodRange(periodOf(at, cycle)).lt) boundaries.add(at.getTime())
  }
  const locked: (LockedStatement & { draft: StatementDraft })[] = []
  for (const boundary of [...boundaries].sort((a, b) => a - b)) {
    const now = new Date(boundary + 3600_000)
    const events = moneyEvents({
      sales,
      parcels: parcels.map((p) => (p.visible_at <= now ? p : { ...p, status: "shipped" as const, confirmed_at: null })),
      adjustments: adjustments.filter((a) => a.recorded_at <= now),
    })
    for (const draft of buildDraftStatements({ events, cycleOf, locked, now })) {
      if (periodRange(draft.period_code).lt > now) continue
      locked.push({ maker_id: draft.maker_id, period_code: draft.period_code, line_keys: draft.lines.map((l) => l.key), balance_amount: draft.totals.balance_amount, draft })
    }
  }

  checkSettlement(report, orders, sales, adjustments, locked.map((l) => l.draft))
  return report
}

function checkSettlement(report: SimulationReport, orders: SimOrder[], sales: SaleSource[], adjustments: AdjustmentSource[], statements: StatementDraft[]) {
  const fail = (m: string) => report.mismatches.length < 20 && report.mismatches.push(m)
  const lines = statements.flatMap((s) => s.lines)
  report.statements = statements.length
  report.adjustment_lines = lines.filter((l) => l.kind === "adjustment").length
  report.carry_over_lines = lines.filter((l) => l.kind === "carry_over").length
  report.adjustments.recorded_after_lock = report.adjustment_lines

  // every line counted once
  const seen = new Set<string>()
  for (const s of statements) {
    for (const l of s.lines) {
      const k = l.kind === "carry_over" ? `${s.maker_id}:${l.key}` : l.key
      if (seen.has(k)) fail(`같은 줄이 두 번 정산되었습니다: ${k}`)
      seen.add(k)
      if (!Number.isInteger(l.amount)) fail(`원 단위가 아닌 줄: ${l.key} ${l.amount}`)
    }
  }

  // 특판 할인 보전 owed, from the sources alone: subsidy_of(final net) of every counted line × maker
  const refundedOfLine = new Map<string, number>()
  for (const a of adjustments) if (a.line_item_id) refundedOfLine.set(`${a.line_item_id}|${a.maker_id}`, (refundedOfLine.get(`${a.line_item_id}|${a.maker_id}`) ?? 0) + a.amount)
  const subsidyOwed = new Map<string, number>()
  const subsidyOwedOfOrder = new Map<string, number>()
  for (const x of sales) {
    if (!x.subsidy || !seen.has(`sale:${x.line_item_id}:${x.maker_id}`)) continue
    const k = `${x.line_item_id}|${x.maker_id}`
    const owed = subsidyOf(x.subsidy, x.amount, x.amount + (refundedOfLine.get(k) ?? 0))
    subsidyOwed.set(k, owed)
    subsidyOwedOfOrder.set(x.order_id, (subsidyOwedOfOrder.get(x.order_id) ?? 0) + owed)
  }

  // per order: Σ makers' lines + shipping = paid − refunds + Σ 특판 할인 보전 (the center pays it)
  const byOrder = new Map<string, number>()
  for (const l of lines) if (l.order_id && l.kind !== "fee" && l.kind !== "carry_over") byOrder.set(l.order_id, (byOrder.get(l.order_id) ?? 0) + l.amount)
  for (const o of orders) {
    const settled = byOrder.get(o.id) ?? 0
    const subsidies = subsidyOwedOfOrder.get(o.id) ?? 0
    if (settled !== o.paid - o.refunded + subsidies) fail(`주문 ${o.id}: 정산 ${settled}원 ≠ 결제 ${o.paid}원 − 환불 ${o.refunded}원 + 특판 할인 보전 ${subsidies}원`)
  }

  // per period: Σ statements (net) + Σ fees = Σ confirmed net sales; payouts follow the carry-over
  const periods = new Map<string, SimulationReport["periods"][number]>()
  for (const s of statements) {
    const p = periods.get(s.period_code) ?? { code: s.period_code, statements: 0, net_sales: 0, fees: 0, statements_net: 0, subsidies: 0, payouts: 0, carry_in: 0, carry_out: 0 }
    p.statements++
    p.net_sales += s.totals.net_sales_amount
    p.fees += -s.totals.fee_amount
    p.statements_net += s.totals.net_amount
    p.subsidies += s.totals.subsidy_amount
    p.payouts += s.totals.payout_amount
    p.carry_in += s.totals.carry_over_amount
    p.carry_out += s.totals.carry_forward_amount
    periods.set(s.period_code, p)
    const sum = s.lines.reduce((a, l) => a + l.amount, 0)
    if (sum !== s.totals.balance_amount) fail(`명세서 ${s.maker_id} ${s.period_code}: 줄 합계 ${sum} ≠ 잔액 ${s.totals.balance_amount}`)
  }
  report.periods = [...periods.values()].sort((a, b) => periodRange(a.code).gte.getTime() - periodRange(b.code).gte.getTime() || a.code.localeCompare(b.code))
  for (const p of report.periods) {
    if (p.statements_net + p.fees !== p.net_sales + p.subsidies) fail(`기간 ${p.code}: 명세서 ${p.statements_net} + 수수료 ${p.fees} ≠ 순매출 ${p.net_sales} + 특판 할인 보전 ${p.subsidies}`)
    if (p.payouts !== p.statements_net + p.carry_in - p.carry_out) fail(`기간 ${p.code}: 지급 ${p.payouts} ≠ 순액 + 이월`)
  }

  // across everything: what the makers were paid + what they still owe = net sales − fees
  const lastOf = new Map<string, StatementDraft>()
  for (const s of statements) {
    const prev = lastOf.get(s.maker_id)
    if (!prev || periodRange(s.period_code).gte > periodRange(prev.period_code).gte) lastOf.set(s.maker_id, s)
  }
  report.totals.net_sales = statements.reduce((a, s) => a + s.totals.net_sales_amount, 0)
  report.totals.fees = statements.reduce((a, s) => a - s.totals.fee_amount, 0)
  report.totals.subsidies = statements.reduce((a, s) => a + s.totals.subsidy_amount, 0)
  report.totals.payouts = statements.reduce((a, s) => a + s.totals.payout_amount, 0)
  report.totals.outstanding = [...lastOf.values()].reduce((a, s) => a + s.totals.carry_forward_amount, 0)
  if (report.totals.net_sales !== report.totals.paid - report.totals.refunded) fail(`순매출 ${report.totals.net_sales} ≠ 결제 − 환불`)
  if (report.totals.subsidies !== [...subsidyOwed.values()].reduce((a, b) => a + b, 0)) fail(`특판 할인 보전 ${report.totals.subsidies} ≠ 최종 순액의 보전 합계`)
  if (report.totals.payouts + report.totals.outstanding !== report.totals.net_sales + report.totals.subsidies - report.totals.fees) fail("지급 + 미수 ≠ 순매출 + 특판 할인 보전 − 수수료")

  // the fee rule: the fee lines of a line × maker add up to the fee of its final net
  const adjustmentById = new Map(adjustments.map((a) => [a.id, a]))
  const saleByKey = new Map(sales.map((x) => [`sale:${x.line_item_id}:${x.maker_id}`, x]))
  const charged = new Map<string, number>()
  const lineRefunds = new Map<string, number>()
  const subsidised = new Map<string, number>()
  for (const l of lines) {
    if (l.key.startsWith("subsidy:")) {
      // the subsidy rule: a line × maker's subsidy lines add up to subsidy_of(its final net)
      const adj = l.key.startsWith("subsidy:refund:") ? adjustmentById.get(l.key.slice("subsidy:refund:".length)) : undefined
      const bucket = adj ? `${adj.line_item_id}|${adj.maker_id}` : l.key.slice(8).replace(/:(?=[^:]*$)/, "|")
      subsidised.set(bucket, (subsidised.get(bucket) ?? 0) + l.amount)
      continue
    }
    const source = l.kind === "fee" ? l.key.slice(4) : l.key
    const sale = saleByKey.get(source)
    const adj = source.startsWith("refund:") ? adjustmentById.get(source.slice(7)) : undefined
    const bucket = sale ? `${sale.line_item_id}|${sale.maker_id}` : adj?.line_item_id ? `${adj.line_item_id}|${adj.maker_id}` : null
    if (!bucket) continue
    if (l.kind === "fee") charged.set(bucket, (charged.get(bucket) ?? 0) - l.amount)
    else if (adj) lineRefunds.set(bucket, (lineRefunds.get(bucket) ?? 0) + l.amount)
  }
  for (const x of sales) {
    if (!seen.has(`sale:${x.line_item_id}:${x.maker_id}`)) continue
    const k = `${x.line_item_id}|${x.maker_id}`
    const expected = feeOf(x.amount + (lineRefunds.get(k) ?? 0), x.rate_bp)
    if ((charged.get(k) ?? 0) !== expected) fail(`수수료 ${k}: ${charged.get(k) ?? 0}원 ≠ 최종 순액의 수수료 ${expected}원`)
    if ((subsidised.get(k) ?? 0) !== (subsidyOwed.get(k) ?? 0)) fail(`특판 할인 보전 ${k}: ${subsidised.get(k) ?? 0}원 ≠ 최종 순액의 보전 ${subsidyOwed.get(k) ?? 0}원`)
  }
}
