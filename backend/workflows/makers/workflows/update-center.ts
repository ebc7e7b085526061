import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCenterStep } from "../steps/update-center"
import { validateCenterInputStep } from "../steps/validate-center-input"
import type { CenterInput } from "../types"

export const updateCenterWorkflowId = "update-center"

export const updateCenterWorkflow = createWorkflow(
  updateCenterWorkflowId,
  (input: { id: string; data: Partial<CenterInput> }) => {
    validateCenterInputStep(input)
    return new WorkflowResponse(updateCenterStep(input))
  }
)
