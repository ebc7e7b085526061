import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeCenterInput } from "../normalize-input"
import { updateCenterStep } from "../steps/update-center"
import { validateCenterInputStep } from "../steps/validate-center-input"
import type { CenterInput } from "../types"

export const updateCenterWorkflowId = "update-center"

export const updateCenterWorkflow = createWorkflow(
  updateCenterWorkflowId,
  (input: { id: string; data: Partial<CenterInput> }) => {
    validateCenterInputStep(input)
    const data = transform({ input }, ({ input }) => ({ id: input.id, data: normalizeCenterInput(input.data) }))
    return new WorkflowResponse(updateCenterStep(data))
  }
)
