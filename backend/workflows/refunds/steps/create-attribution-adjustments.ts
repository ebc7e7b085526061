import type { MedusaContainer } from "@medusajs/framework/types"
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

/** Writes the rows of one cancel, return or refund (all with the same time); returns their ids. */
export async function writeAttributionAdjustments(container: MedusaContainer, input: CreateAttributionAdjustmentsInput): Promise<string[]> {
  if (!input.adjustments.length) return []
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
  return created.map((c) => c.id)
}

/** The compensation of every step that writes adjustments: deletes the rows it wrote. */
export async function deleteAttributionAdjustments(ids: string[] | undefined, { container }: { container: MedusaContainer }) {
  if (!ids?.length) return
  const attribution: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
  await attribution.deleteAttributionAdjustments(ids)
}

/** Writes what a cancel or return took back from each maker; the compensation deletes the rows again. */
export const createAttributionAdjustmentsStep = createStep(
  createAttributionAdjustmentsStepId,
  async (input: CreateAttributionAdjustmentsInput, { container }) => {
    const ids = await writeAttributionAdjustments(container, input)
    return new StepResponse(ids, ids)
  },
  deleteAttributionAdjustments
)
