import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeMakerInput } from "../normalize-maker-input"
import { createMakerStep } from "../steps/create-maker"
import { validateMakerInputStep } from "../steps/validate-maker-input"
import type { MakerInput } from "../types"

export const createMakerWorkflowId = "create-maker"

/** Onboards a maker: validated, story sanitized, 사업자등록번호 normalized. */
export const createMakerWorkflow = createWorkflow(createMakerWorkflowId, (input: MakerInput) => {
  validateMakerInputStep({ data: input })
  const data = transform({ input }, ({ input }) => normalizeMakerInput(input) as MakerInput)
  return new WorkflowResponse(createMakerStep(data))
})
