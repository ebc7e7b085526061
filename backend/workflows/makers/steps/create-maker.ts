import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKERS_MODULE } from "../../../modules/makers"
import type MakersModuleService from "../../../modules/makers/service"
import type { MakerInput } from "../types"

export const createMakerStepId = "create-maker"

/** Creates the maker record (certifications come in their own step); undone by deleting it. */
export const createMakerStep = createStep(
  createMakerStepId,
  async (data: Omit<MakerInput, "certifications">, { container }) => {
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    const maker = await makers.createMakers(data)
    return new StepResponse(maker, maker.id)
  },
  async (id, { container }) => {
    if (!id) return
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    await makers.deleteMakers(id)
  }
)
