import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { moneyEvents } from "../../../modules/settlement/utils/events"
import { periodRange } from "../../../modules/settlement/utils/periods"
import { buildDraftStatements, type StatementDraft } from "../../../modules/settlement/utils/statements"
import { loadLockedStatements, loadMakerCycles, loadSettlementSources } from "../load-settlement-sources"
import { removeOrderFeeRates, snapshotOrderFeeRates } from "./snapshot-order-fee-rates"

export const refreshDraftStatementsStepId = "refresh-draft-statements"

type StoredLine = Record<string, unknown> & { id: string }
type StoredStatement = Record<string, unknown> & { id: string; lines?: StoredLine[] }

/** What the compensation needs: the drafts as they were, and what this run created. */
export type RefreshUndo = { previous: StoredStatement[]; fee_rate_ids: string[]; period_ids: string[] }

const TOTAL_FIELDS = [
  "sales_amount", "shipping_amount", "refund_amount", "adjustment_amount", "fee_amount", "subsidy_amount", "carry_over_amount",
  "net_sales_amount", "net_amount", "balance_amount", "payout_amount", "carry_forward_amount",
] as const

const lineRows = (draft: StatementDraft, statement_id: string) =>
  draft.lines.map((l, position) => ({ ...l, maker_id: draft.maker_id, statement_id, position }))

/**
 * Rebuilds every open statement from the sources (utils/statements.ts): drafts are updated in
 * place (their ids stay), new ones created, drafts left without lines removed. Locked
 * statements are never touched. Runs under a lock, so the job and staff never interleave.
 */
export async function refreshDraftStatements(container: MedusaContainer, now: Date): Promise<{ drafts: number; undo: RefreshUndo }> {
  const run = async () => {
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const undo: RefreshUndo = { previous: [], fee_rate_ids: [], period_ids: [] }
    let sources = await loadSettlementSources(container)
    if (sources.orders_missing_fee_rates.length) {
      // placed before settlement existed, or the snapshot failed long ago: the current rate is the best record
      for (const order_id of sources.orders_missing_fee_rates) undo.fee_rate_ids.push(...(await snapshotOrderFeeRates(container, order_id)))
      sources = await loadSettlementSources(container)
    }
    const locked = await loadLockedStatements(container)
    const makerIds = [...sources.sales.map((s) => s.maker_id), ...sources.parcels.map((p) => p.maker_id), ...locked.map((l) => l.maker_id)]
    const cycles = await loadMakerCycles(container, makerIds)
    const drafts = buildDraftStatements({ events: moneyEvents(sources), cycleOf: (id) => cycles.get(id) ?? "monthly", locked, now })

    const existing = (await settlement.listSettlementStatements({ status: "draft" }, { relations: ["lines"], take: null })) as unknown as StoredStatement[]
    undo.previous = existing
    const periods = await settlement.listSettlementPeriods({ code: [...new Set(drafts.map((d) => d.period_code))] }, { take: null })
    const periodId = new Map(periods.map((p) => [p.code, p.id]))
    for (const code of new Set(drafts.map((d) => d.period_code))) {
      if (periodId.has(code)) continue
      const { gte, lt } = periodRange(code)
      const created = await settlement.createSettlementPeriods({ code, cycle: drafts.find((d) => d.period_code === code)!.cycle, starts_at: gte, ends_at: lt })
      periodId.set(code, created.id)
      undo.period_ids.push(created.id)
    }

    const byKey = new Map(existing.map((s) => [`${s.maker_id}|${s.period_code}`, s]))
    for (const draft of drafts) {
      const totals = Object.fromEntries(TOTAL_FIELDS.map((f) => [f, draft.totals[f]]))
      const current = byKey.get(`${draft.maker_id}|${draft.period_code}`)
      byKey.delete(`${draft.maker_id}|${draft.period_code}`)
      let statementId: string
      if (current && unchanged(current, draft)) continue
      if (current) {
        statementId = current.id
        await settlement.updateSettlementStatements({ id: current.id, ...totals })
        const oldIds = (current.lines ?? []).map((l) => l.id)
        if (oldIds.length) await settlement.deleteSettlementLines(oldIds)
      } else {
        const created = await settlement.createSettlementStatements({
          maker_id: draft.maker_id, period_code: draft.period_code, period_id: periodId.get(draft.period_code)!, status: "draft", ...totals,
        })
        statementId = created.id
      }
      if (draft.lines.length) await settlement.createSettlementLines(lineRows(draft, statementId))
    }
    // drafts whose lines all went away (a confirmation undone, a period now locked)
    const stale = [...byKey.values()].map((s) => s.id)
    if (stale.length) await settlement.deleteSettlementStatements(stale)
    return { drafts: drafts.length, undo }
  }
  const locking = container.resolve(Modules.LOCKING, { allowUnregistered: true }) as
    | { execute<T>(keys: string, job: () => Promise<T>, args?: { timeout?: number }): Promise<T> }
    | undefined
  return locking ? locking.execute("settlement:refresh-drafts", run, { timeout: 120 }) : run()
}

/** A draft whose stored lines are the ones just built is left alone (no churn every run). */
function unchanged(current: StoredStatement, draft: StatementDraft): boolean {
  const stored = [...(current.lines ?? [])].sort((a, b) => Number(a.position) - Number(b.position))
  if (stored.length !== draft.lines.length) return false
  const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null)
  return draft.lines.every((l, i) => {
    const s = stored[i]
    return same(s.key, l.key) && same(s.kind, l.kind) && Number(s.amount) === l.amount && same(s.label, l.label) && same(s.reference, l.reference) &&
      same(s.order_display_id, l.order_display_id) && same(s.product_title, l.product_title) && same(s.quantity, l.quantity) && same(s.rate_bp, l.rate_bp) &&
      (s.occurred_at ? new Date(s.occurred_at as string).getTime() : 0) === (l.occurred_at?.getTime() ?? 0)
  })
}

/** Puts the drafts back as they were before a run (its new drafts removed, the old ones recreated). */
export async function restoreDraftStatements(container: MedusaContainer, undo: RefreshUndo | undefined) {
  if (!undo) return
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const drafts = await settlement.listSettlementStatements({ status: "draft" }, { select: ["id"], take: null })
  if (drafts.length) await settlement.deleteSettlementStatements(drafts.map((d) => d.id))
  for (const { lines, ...statement } of undo.previous) {
    const { period, ...fields } = statement as StoredStatement & { period?: unknown }
    void period
    await settlement.createSettlementStatements(stripTimestamps(fields))
    if (lines?.length) await settlement.createSettlementLines(lines.map((l) => stripTimestamps(l)))
  }
  await removeOrderFeeRates(container, undo.fee_rate_ids)
  if (undo.period_ids.length) await settlement.deleteSettlementPeriods(undo.period_ids)
}

function stripTimestamps<T extends Record<string, unknown>>(row: T) {
  const copy: Record<string, unknown> = { ...row }
  for (const k of Object.keys(copy)) if (k.startsWith("raw_") || k === "created_at" || k === "updated_at" || k === "deleted_at" || k === "statement") delete copy[k]
  return copy as never
}

export const refreshDraftStatementsStep = createStep(
  refreshDraftStatementsStepId,
  async (input: { now?: Date | string }, { container }) => {
    const { drafts, undo } = await refreshDraftStatements(container, input.now ? new Date(input.now) : new Date())
    return new StepResponse({ drafts }, undo)
  },
  (undo, { container }) => restoreDraftStatements(container, undo)
)
