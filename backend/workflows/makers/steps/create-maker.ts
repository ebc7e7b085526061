import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKERS_MODULE } from "../../../modules/makers"
import type MakersModuleService from "../../../modules/makers/service"
import type { MakerInput } from "../types"

export const createMakerStepId = "create-maker"

/** Creates the maker with its certifications; the compensation deletes both. */
export const createMakerStep = createStep(
  createMakerStepId,
  async (data: MakerInput, { container }) => {
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    const { certifications = [], center_id, ...fields } = data
    const maker = await makers.createMakers({ ...fields, center_id })
    if (certifications.length) {
      await makers.createMakerCertifications(certifications.map((c) => ({ ...c, maker_id: maker.id })))
    }
    return new StepResponse(maker, maker.id)
  },
  async (id, { container }) => {
    if (!id) return
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    await makers.deleteMakers(id)
  }
)
