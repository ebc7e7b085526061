import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateInstitutionStep } from "../steps/update-institution"
import type { InstitutionInput } from "../types"

export const updateInstitutionWorkflowId = "update-institution"

/** Staff edit an institution (기관명, 사업자등록번호, 담당자 and contact). */
export const updateInstitutionWorkflow = createWorkflow(
  updateInstitutionWorkflowId,
  (input: InstitutionInput & { id: string }) => new WorkflowResponse(updateInstitutionStep(input))
)
