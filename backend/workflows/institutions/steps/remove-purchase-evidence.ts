import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTIONS_MODULE } from "../../../modules/institutions"
import type InstitutionsModuleService from "../../../modules/institutions/service"

export const removePurchaseEvidenceStepId = "remove-purchase-evidence"

/** The cart asks for no 증빙 any more (soft delete); undo restores the row. */
export const removePurchaseEvidenceStep = createStep(
  removePurchaseEvidenceStepId,
  async ({ cart_id }: { cart_id: string }, { container }) => {
    const service: InstitutionsModuleService = container.resolve(INSTITUTIONS_MODULE)
    const rows = await service.listPurchaseEvidences({ cart_id }, { select: ["id"] })
    const ids = rows.map((r) => r.id)
    if (ids.length) await service.softDeletePurchaseEvidences(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: InstitutionsModuleService = container.resolve(INSTITUTIONS_MODULE)
    await service.restorePurchaseEvidences(ids)
  }
)
