import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTIONS_MODULE } from "../../../modules/institutions"
import type InstitutionsModuleService from "../../../modules/institutions/service"
import { INSTITUTION_ERRORS } from "../errors"

export const deleteInstitutionStepId = "delete-institution"

/**
 * Unmarks the customer (soft delete: the orders it placed as an institution keep their 증빙
 * 요청 rows); undo restores the row.
 */
export const deleteInstitutionStep = createStep(
  deleteInstitutionStepId,
  async ({ id }: { id: string }, { container }) => {
    const service: InstitutionsModuleService = container.resolve(INSTITUTIONS_MODULE)
    const [existing] = await service.listInstitutions({ id }, { take: 1, select: ["id"] })
    if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, INSTITUTION_ERRORS.notFound)
    await service.softDeleteInstitutions(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: InstitutionsModuleService = container.resolve(INSTITUTIONS_MODULE)
    await service.restoreInstitutions(id)
  }
)
