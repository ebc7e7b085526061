import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sanitizeRichText } from "../../../lib/html/sanitize-rich-text"
import { createJointBrandStep } from "../steps/upsert-joint-brand"
import { validateJointBrandInputStep } from "../steps/validate-joint-brand-input"
import type { JointBrandInput } from "../types"

export const createJointBrandWorkflowId = "create-joint-brand"

export const createJointBrandWorkflow = createWorkflow(createJointBrandWorkflowId, (input: JointBrandInput) => {
  validateJointBrandInputStep({ data: input })
  const data = transform({ input }, ({ input }) => ({ ...input, description: sanitizeRichText(input.description ?? "") }))
  return new WorkflowResponse(createJointBrandStep(data))
})
