import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sanitizeRichText } from "../../../lib/html/sanitize-rich-text"
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
      data:
        input.data.description === undefined
          ? input.data
          : { ...input.data, description: sanitizeRichText(input.data.description) },
    }))
    return new WorkflowResponse(updateJointBrandStep(data))
  }
)
