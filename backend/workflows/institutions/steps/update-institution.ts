import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTIONS_MODULE } from "../../../modules/institutions"
import type InstitutionsModuleService from "../../../modules/institutions/service"
import { INSTITUTION_ERRORS } from "../errors"
import type { InstitutionInput } from "../types"

export const updateInstitutionStepId = "update-institution"

const FIELDS = ["name", "business_number", "contact_name", "contact_phone", "contact_email"] as const

/** Edits an institution's fields; undo writes the previous values back. */
export const updateInstitutionStep = createStep(
  updateInstitutionStepId,
  async ({ id, ...input }: InstitutionInput & { id: string }, { container }) => {
    const service: InstitutionsModuleService = container.resolve(INSTITUTIONS_MODULE)
    const [before] = await service.listInstitutions({ id }, { take: 1 })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, INSTITUTION_ERRORS.notFound)
    const updated = await service.updateInstitutions({ id, ...input })
    const previous = Object.fromEntries(FIELDS.map((f) => [f, before[f]])) as InstitutionInput
    return new StepResponse(updated, { id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: InstitutionsModuleService = container.resolve(INSTITUTIONS_MODULE)
    await service.updateInstitutions(previous)
  }
)
