import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export const snapshotOrderFeeRatesStepId = "snapshot-order-fee-rates"

/**
 * Copies each maker's current 판매수수료율 onto the order's attributed lines (one row per line ×
 * maker), next to the attribution snapshot it follows. Lines that already have a rate keep it,
 * so it can run any number of times; returns the new row ids. A line of no known maker
 * ("unassigned") is charged no fee.
 */
export async function snapshotOrderFeeRates(container: MedusaContainer, order_id: string): Promise<string[]> {
  const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const rows = await attribution.listLineAttributions({ order_id }, { select: ["line_item_id", "maker_id"], take: null })
  if (!rows.length) return []
  const existing = await settlement.listSettlementFeeSnapshots({ order_id }, { select: ["line_item_id", "maker_id"], take: null })
  const have = new Set(existing.map((e) => `${e.line_item_id}|${e.maker_id}`))
  const missing = rows.filter((r) => !have.has(`${r.line_item_id}|${r.maker_id}`))
  if (!missing.length) return []
  const rates = await currentFeeRates(container, missing.map((r) => r.maker_id))
  const created = await settlement.createSettlementFeeSnapshots(
    missing.map((r) => ({ order_id, line_item_id: r.line_item_id, maker_id: r.maker_id, rate_bp: rates.get(r.maker_id) ?? 0 }))
  )
  return created.map((c) => c.id)
}

/** maker id → its commission_rate_bp now. */
export async function currentFeeRates(container: MedusaContainer, makerIds: string[]): Promise<Map<string, number>> {
  const ids = [...new Set(makerIds)].filter((id) => id !== "unassigned")
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "maker", fields: ["id", "commission_rate_bp"], filters: { id: ids } })
  return new Map((data as { id: string; commission_rate_bp: number | null }[]).map((m) => [m.id, m.commission_rate_bp ?? 0]))
}

export async function removeOrderFeeRates(container: MedusaContainer, ids: string[] | undefined) {
  if (!ids?.length) return
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  await settlement.deleteSettlementFeeSnapshots(ids)
}

export const snapshotOrderFeeRatesStep = createStep(
  snapshotOrderFeeRatesStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const ids = await snapshotOrderFeeRates(container, order_id)
    return new StepResponse(ids, ids)
  },
  (ids, { container }) => removeOrderFeeRates(container, ids)
)
