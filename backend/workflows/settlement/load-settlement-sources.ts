import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toWon } from "../../lib/money/won"
import { ATTRIBUTION_MODULE } from "../../modules/attribution"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"
import type AttributionModuleService from "../../modules/attribution/service"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import type { AdjustmentSource, ParcelSource, SaleSource } from "../../modules/settlement/utils/events"
import type { SettlementCycle } from "../../modules/settlement/utils/periods"
import { campaignSubsidy } from "../../modules/settlement/utils/subsidy"
import type { LockedStatement } from "../../modules/settlement/utils/statements"

/** Postgres takes many ids per query, but not unlimited; reads go in chunks of this size. */
const CHUNK = 500

const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK))

type ParcelRow = {
  id: string
  order_id: string
  maker_id: string
  status: ParcelSource["status"]
  confirmed_at: string | Date | null
  shipping_amount: number | null
  items?: ({ line_item_id: string } | null)[] | null
}

type AdjustmentRow = Omit<AdjustmentSource, "amount" | "shipping_amount" | "occurred_at" | "recorded_at"> & {
  amount: unknown
  shipping_amount: unknown
  occurred_at: string | Date
  created_at: string | Date
}

export type SettlementSources = {
  sales: SaleSource[]
  parcels: ParcelSource[]
  adjustments: AdjustmentSource[]
  /** order ids whose attributed lines have no fee snapshot yet */
  orders_missing_fee_rates: string[]
}

/**
 * The shipments module (parcels) and the attribution adjustments are written by the modules that
 * own them; a deployment without them has nothing confirmed or nothing refunded yet.
 */
const hasParcels = (container: MedusaContainer) => container.hasRegistration("shipments")
const hasAdjustments = (attribution: AttributionModuleService) =>
  typeof (attribution as unknown as { listAttributionAdjustments?: unknown }).listAttributionAdjustments === "function"

/** The orders with a confirmed parcel (구매확정): only their lines can count for settlement. */
export async function confirmedOrderIds(container: MedusaContainer): Promise<string[]> {
  if (!hasParcels(container)) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "parcel", fields: ["order_id"], filters: { status: "confirmed" } })
  return [...new Set((data as { order_id: string }[]).map((p) => p.order_id))]
}

/**
 * Everything settlement counts, read from the modules that own it: the parcels of orders with a
 * confirmed parcel (each line counts when the parcel that carries it is confirmed), their
 * attribution rows with the fee rate copied at order time, and their adjustments.
 */
export async function loadSettlementSources(container: MedusaContainer): Promise<SettlementSources> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const orderIds = await confirmedOrderIds(container)
  const sources: SettlementSources = { sales: [], parcels: [], adjustments: [], orders_missing_fee_rates: [] }

  for (const ids of chunks(orderIds)) {
    const { data: parcels } = await query.graph({
      entity: "parcel",
      fields: ["id", "order_id", "maker_id", "status", "confirmed_at", "shipping_amount", "items.line_item_id"],
      filters: { order_id: ids },
    })
    const shipperOfLine = new Map<string, string>()
    for (const p of parcels as ParcelRow[]) {
      sources.parcels.push({
        id: p.id, order_id: p.order_id, maker_id: p.maker_id, status: p.status,
        confirmed_at: p.confirmed_at ? new Date(p.confirmed_at) : null, shipping_amount: toWon(p.shipping_amount, "소포 배송비"),
      })
      for (const item of p.items ?? []) if (item) shipperOfLine.set(item.line_item_id, p.maker_id)
    }

    const rows = await attribution.listLineAttributions({ order_id: ids }, { take: null })
    const fees = await settlement.listSettlementFeeSnapshots({ order_id: ids }, { select: ["line_item_id", "maker_id", "rate_bp"], take: null })
    const rateOf = new Map(fees.map((f) => [`${f.line_item_id}|${f.maker_id}`, f.rate_bp]))
    const subsidyOf = await campaignSubsidies(container, ids)
    const missing = new Set<string>()
    for (const r of rows) {
      const rate_bp = rateOf.get(`${r.line_item_id}|${r.maker_id}`)
      if (rate_bp === undefined) {
        missing.add(r.order_id)
        continue
      }
      sources.sales.push({
        order_id: r.order_id, order_display_id: r.order_display_id ?? null, line_item_id: r.line_item_id, maker_id: r.maker_id,
        // a line no parcel carries (made before parcels existed) counts with its own maker's parcel
        shipper_maker_id: shipperOfLine.get(r.line_item_id) ?? r.maker_id,
        product_title: r.product_title, quantity: r.quantity, amount: toWon(r.amount, "귀속 금액"), rate_bp,
        subsidy: subsidyOf.get(`${r.line_item_id}|${r.maker_id}`) ?? 0,
      })
    }
    sources.orders_missing_fee_rates.push(...missing)

    if (!hasAdjustments(attribution)) continue
    const { data: adjustments } = await query.graph({
      entity: "attribution_adjustment",
      fields: ["id", "order_id", "line_item_id", "maker_id", "kind", "amount", "shipping_amount", "occurred_at", "created_at", "reference"],
      filters: { order_id: ids },
    })
    for (const a of adjustments as unknown as AdjustmentRow[]) {
      sources.adjustments.push({
        id: a.id, order_id: a.order_id, line_item_id: a.line_item_id ?? null, maker_id: a.maker_id, kind: a.kind,
        amount: toWon(a.amount as number, "조정 금액"), shipping_amount: toWon(a.shipping_amount as number, "조정 배송비"),
        occurred_at: new Date(a.occurred_at), recorded_at: new Date(a.created_at), reference: a.reference ?? null,
      })
    }
  }
  return sources
}

/**
 * 특판 할인 보전 per line × maker (utils/subsidy.ts), from the campaign_sale rows written when the
 * order was placed (prices and bearer frozen there) and, for `split`, the campaign's
 * maker_share_percent. A deployment without the campaigns module has none.
 */
async function campaignSubsidies(container: MedusaContainer, orderIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  if (!container.hasRegistration(CAMPAIGNS_MODULE)) return out
  const campaigns: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
  const sales = (await campaigns.listCampaignSales({ order_id: orderIds }, { take: null })).filter((s) => s.discount_bearer !== "maker")
  if (!sales.length) return out
  const campaignIds = [...new Set(sales.filter((s) => s.discount_bearer === "split").map((s) => s.campaign_id))]
  const shares = new Map<string, number | null>()
  if (campaignIds.length) {
    // soft-deleted campaigns too: a sale made at its price still earns the maker its part
    const rows = await campaigns.listSaleCampaigns({ id: campaignIds }, { select: ["id", "maker_share_percent"], withDeleted: true, take: null })
    for (const c of rows) shares.set(c.id, c.maker_share_percent ?? null)
  }
  for (const s of sales) {
    const amount = campaignSubsidy({
      regular_unit_price: toWon(s.regular_unit_price, "정가"), sale_unit_price: toWon(s.sale_unit_price, "특판가"), quantity: s.quantity,
      discount_bearer: s.discount_bearer, maker_share_percent: shares.get(s.campaign_id) ?? 0,
    })
    if (amount > 0) out.set(`${s.line_item_id}|${s.maker_id}`, amount)
  }
  return out
}

/** Each maker's settlement cycle (monthly unless staff chose weekly). */
export async function loadMakerCycles(container: MedusaContainer, makerIds: string[]): Promise<Map<string, SettlementCycle>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const cycles = new Map<string, SettlementCycle>()
  for (const ids of chunks([...new Set(makerIds)])) {
    const { data } = await query.graph({ entity: "maker", fields: ["id", "settlement_cycle"], filters: { id: ids } })
    for (const m of data as { id: string; settlement_cycle: SettlementCycle | null }[]) cycles.set(m.id, m.settlement_cycle ?? "monthly")
  }
  return cycles
}

/** Confirmed and paid statements with the keys of their lines: what is never counted again. */
export async function loadLockedStatements(container: MedusaContainer): Promise<LockedStatement[]> {
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const statements = await settlement.listSettlementStatements(
    { status: ["confirmed", "paid"] },
    { select: ["id", "maker_id", "period_code", "balance_amount"], take: null }
  )
  const keys = new Map<string, string[]>()
  for (const ids of chunks(statements.map((s) => s.id))) {
    const lines = await settlement.listSettlementLines({ statement_id: ids }, { select: ["statement_id", "key"], take: null })
    for (const l of lines as unknown as { statement_id: string; key: string }[]) {
      const list = keys.get(l.statement_id) ?? []
      list.push(l.key)
      keys.set(l.statement_id, list)
    }
  }
  return statements.map((s) => ({
    maker_id: s.maker_id, period_code: s.period_code, line_keys: keys.get(s.id) ?? [], balance_amount: toWon(s.balance_amount as unknown as number, "명세서 잔액"),
  }))
}
