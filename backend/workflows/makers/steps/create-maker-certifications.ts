import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKERS_MODULE } from "../../../modules/makers"
import type MakersModuleService from "../../../modules/makers/service"
import type { CertificationInput } from "../types"

export const createMakerCertificationsStepId = "create-maker-certifications"

export const createMakerCertificationsStep = createStep(
  createMakerCertificationsStepId,
  async (input: { maker_id: string; certifications: CertificationInput[] }, { container }) => {
    if (!input.certifications.length) return new StepResponse([], [] as string[])
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    const created = await makers.createMakerCertifications(
      input.certifications.map((c) => ({ ...c, maker_id: input.maker_id }))
    )
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    await makers.deleteMakerCertifications(ids)
  }
)
