import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteInstitutionStep } from "../steps/delete-institution"

export const deleteInstitutionWorkflowId = "delete-institution"

/** Staff unmark an institution. */
export const deleteInstitutionWorkflow = createWorkflow(
  deleteInstitutionWorkflowId,
  (input: { id: string }) => new WorkflowResponse(deleteInstitutionStep(input))
)
