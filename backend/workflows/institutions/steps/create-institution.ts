import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTIONS_MODULE } from "../../../modules/institutions"
import type InstitutionsModuleService from "../../../modules/institutions/service"
import type { InstitutionInput } from "../types"

export const createInstitutionStepId = "create-institution"

/** Marks the customer as an institution; undo deletes the row. */
export const createInstitutionStep = createStep(
  createInstitutionStepId,
  async (input: InstitutionInput & { customer_id: string }, { container }) => {
    const service: InstitutionsModuleService = container.resolve(INSTITUTIONS_MODULE)
    const created = await service.createInstitutions(input)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: InstitutionsModuleService = container.resolve(INSTITUTIONS_MODULE)
    await service.deleteInstitutions(id)
  }
)
