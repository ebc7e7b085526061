import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKERS_MODULE } from "../../../modules/makers"
import type MakersModuleService from "../../../modules/makers/service"

export const removeMakerCertificationsStepId = "remove-maker-certifications"

/**
 * First half of replacing a maker's certifications: soft-deletes the current ones. The
 * compensation restores exactly those rows (same ids), so a failure while creating the new
 * ones (createMakerCertificationsStep) leaves the maker's marks as they were.
 */
export const removeMakerCertificationsStep = createStep(
  removeMakerCertificationsStepId,
  async (input: { maker_id: string }, { container }) => {
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    const ids = (await makers.listMakerCertifications({ maker_id: input.maker_id }, { select: ["id"] })).map((c) => c.id)
    if (ids.length) await makers.softDeleteMakerCertifications(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const makers: MakersModuleService = container.resolve(MAKERS_MODULE)
    await makers.restoreMakerCertifications(ids)
  }
)
