import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"
import type { ComputedAdjustment } from "../../../modules/attribution/utils/compute-adjustments"

export type AdjustmentKind = "cancel" | "return" | "refund"

export type CreateAttributionAdjustmentsInput = {
  order_id: string
  kind: AdjustmentKind
  adjustments: ComputedAdjustment[]
  reference?: string | null
  created_by?: string | null
  reason?: string | null
}

export const createAttributionAdjustmentsStepId = "create-attribution-adjustments"

/** Writes what a cancel or return took back from each maker; the compensation deletes the rows again. */
export const createAttributionAdjustmentsStep = createStep(
  createAttributionAdjustmentsStepId,
  async (input: CreateAttributionAdjustmentsInput, { container }) => {
    if (!input.adjustments.length) return new StepResponse([] as string[], [] as string[])
    const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
    const occurred_at = new Date()
    const created = await attribution.createAttributionAdjustments(
      input.adjustments.map((a) => ({
        ...a,
        order_id: input.order_id,
        kind: input.kind,
        occurred_at,
        reference: input.reference ?? null,
        created_by: input.created_by ?? null,
        reason: input.reason ?? null,
      }))
    )
    const ids = created.map((c) => c.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
    await attribution.deleteAttributionAdjustments(ids)
  }
)
