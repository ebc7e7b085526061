import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeMakerInput } from "../normalize-maker-input"
import { updateMakerStep } from "../steps/update-maker"
import { validateMakerInputStep } from "../steps/validate-maker-input"
import type { MakerInput } from "../types"

export const updateMakerWorkflowId = "update-maker"

export const updateMakerWorkflow = createWorkflow(
  updateMakerWorkflowId,
  (input: { id: string; data: Partial<MakerInput> }) => {
    validateMakerInputStep(input)
    const normalized = transform({ input }, ({ input }) => ({ id: input.id, data: normalizeMakerInput(input.data) }))
    return new WorkflowResponse(updateMakerStep(normalized))
  }
)
