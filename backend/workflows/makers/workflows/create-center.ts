import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeCenterInput } from "../normalize-input"
import { createCenterStep } from "../steps/create-center"
import { validateCenterInputStep } from "../steps/validate-center-input"
import type { CenterInput } from "../types"

export const createCenterWorkflowId = "create-center"

/** Registers a 자활센터 (regional, or local under a regional one). */
export const createCenterWorkflow = createWorkflow(createCenterWorkflowId, (input: CenterInput) => {
  validateCenterInputStep({ data: input })
  const data = transform({ input }, ({ input }) => normalizeCenterInput(input))
  return new WorkflowResponse(createCenterStep(data))
})
