import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKERS_MODULE } from "../../../modules/makers"
import type MakersModuleService from "../../../modules/makers/service"
import type { CenterInput } from "../types"

export const createCenterStepId = "create-center"

export const createCenterStep = createStep(
  createCenterStepId,
  async (data: CenterInput, { container }) => {
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    const center = await makers.createCenters(data)
    return new StepResponse(center, center.id)
  },
  async (id, { container }) => {
    if (!id) return
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    await makers.deleteCenters(id)
  }
)
