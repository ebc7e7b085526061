import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKERS_MODULE } from "../../../modules/makers"
import type MakersModuleService from "../../../modules/makers/service"
import type { MakerInput } from "../types"

export const updateMakerStepId = "update-maker"

type Undo = { id: string; previous: Record<string, unknown> }

/**
 * Updates the given maker fields (certifications are their own steps); the compensation puts
 * back the previous values of exactly those fields.
 */
export const updateMakerStep = createStep(
  updateMakerStepId,
  async (input: { id: string; data: Omit<Partial<MakerInput>, "certifications"> }, { container }) => {
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    const before = await makers.retrieveMaker(input.id)
    const previous = Object.fromEntries(Object.keys(input.data).map((k) => [k, (before as Record<string, unknown>)[k]]))
    const updated = await makers.updateMakers({ id: input.id, ...input.data })
    return new StepResponse(updated, { id: input.id, previous } satisfies Undo)
  },
  async (undo, { container }) => {
    if (!undo || !Object.keys(undo.previous).length) return
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    await makers.updateMakers({ id: undo.id, ...undo.previous })
  }
)
