import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"

export const markOrderAttributionCanceledStepId = "mark-order-attribution-canceled"

export const markOrderAttributionCanceledStep = createStep(
  markOrderAttributionCanceledStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
    const rows = await attribution.listLineAttributions({ order_id, canceled_at: null }, { select: ["id"] })
    const now = new Date()
    if (rows.length) await attribution.updateLineAttributions(rows.map((r) => ({ id: r.id, canceled_at: now })))
    return new StepResponse(undefined, rows.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
    await attribution.updateLineAttributions(ids.map((id) => ({ id, canceled_at: null })))
  }
)
