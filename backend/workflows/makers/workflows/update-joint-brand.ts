import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeJointBrandInput } from "../normalize-input"
import { updateJointBrandStep } from "../steps/upsert-joint-brand"
import { validateJointBrandInputStep } from "../steps/validate-joint-brand-input"
import type { JointBrandInput } from "../types"

export const updateJointBrandWorkflowId = "update-joint-brand"

export const updateJointBrandWorkflow = createWorkflow(
  updateJointBrandWorkflowId,
  (input: { id: string; data: Partial<JointBrandInput> }) => {
    validateJointBrandInputStep(input)
    const data = transform({ input }, ({ input }) => ({
      id: input.id,
      data: normalizeJointBrandInput(input.data),
    }))
    return new WorkflowResponse(updateJointBrandStep(data))
  }
)
