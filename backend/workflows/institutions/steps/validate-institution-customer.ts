import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTIONS_MODULE } from "../../../modules/institutions"
import type InstitutionsModuleService from "../../../modules/institutions/service"
import { INSTITUTION_ERRORS } from "../errors"

export const validateInstitutionCustomerStepId = "validate-institution-customer"

/** The customer exists and is not an institution yet (Korean 404 / 400 otherwise). */
export const validateInstitutionCustomerStep = createStep(
  validateInstitutionCustomerStepId,
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: customer_id } })
    if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, INSTITUTION_ERRORS.customerNotFound)
    const service: InstitutionsModuleService = container.resolve(INSTITUTIONS_MODULE)
    const [existing] = await service.listInstitutions({ customer_id }, { take: 1, select: ["id"] })
    if (existing) throw new MedusaError(MedusaError.Types.INVALID_DATA, INSTITUTION_ERRORS.alreadyInstitution)
    return new StepResponse(true)
  }
)
