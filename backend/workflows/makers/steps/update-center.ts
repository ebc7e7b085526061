import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKERS_MODULE } from "../../../modules/makers"
import type MakersModuleService from "../../../modules/makers/service"
import type { CenterInput } from "../types"

export const updateCenterStepId = "update-center"

/** Updates a center; the compensation writes the previous values back. */
export const updateCenterStep = createStep(
  updateCenterStepId,
  async (input: { id: string; data: Partial<CenterInput> }, { container }) => {
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    const before = await makers.retrieveCenter(input.id)
    const updated = await makers.updateCenters({ id: input.id, ...input.data })
    const previous = Object.fromEntries(Object.keys(input.data).map((k) => [k, (before as Record<string, unknown>)[k]]))
    return new StepResponse(updated, { id: input.id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    await makers.updateCenters({ id: undo.id, ...undo.previous })
  }
)
