import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeJointBrandInput } from "../normalize-input"
import { createJointBrandStep } from "../steps/upsert-joint-brand"
import { validateJointBrandInputStep } from "../steps/validate-joint-brand-input"
import type { JointBrandInput } from "../types"

export const createJointBrandWorkflowId = "create-joint-brand"

export const createJointBrandWorkflow = createWorkflow(createJointBrandWorkflowId, (input: JointBrandInput) => {
  validateJointBrandInputStep({ data: input })
  const data = transform({ input }, ({ input }) => normalizeJointBrandInput({ ...input, description: input.description ?? "" }))
  return new WorkflowResponse(createJointBrandStep(data))
})
