import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInstitutionStep } from "../steps/create-institution"
import { validateInstitutionCustomerStep } from "../steps/validate-institution-customer"
import type { InstitutionInput } from "../types"

export const createInstitutionWorkflowId = "create-institution"

/** Staff mark a customer account as an institution. */
export const createInstitutionWorkflow = createWorkflow(
  createInstitutionWorkflowId,
  (input: Required<Pick<InstitutionInput, "name" | "business_number" | "contact_name">> & InstitutionInput & { customer_id: string }) => {
    validateInstitutionCustomerStep({ customer_id: input.customer_id })
    return new WorkflowResponse(createInstitutionStep(input))
  }
)
