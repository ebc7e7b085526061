import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeMakerInput } from "../normalize-input"
import { createMakerStep } from "../steps/create-maker"
import { createMakerCertificationsStep } from "../steps/create-maker-certifications"
import { validateMakerInputStep } from "../steps/validate-maker-input"
import type { MakerInput } from "../types"

export const createMakerWorkflowId = "create-maker"

/**
 * Onboards a maker: validated, story sanitized, 사업자등록번호 normalized, then its
 * certifications; if those fail the maker is removed again.
 */
export const createMakerWorkflow = createWorkflow(createMakerWorkflowId, (input: MakerInput) => {
  validateMakerInputStep({ data: input })
  const { maker: data, certifications } = transform({ input }, ({ input }) => {
    const { certifications = [], ...maker } = normalizeMakerInput(input)
    return { maker, certifications }
  })
  const maker = createMakerStep(data)
  const makerId = transform({ maker }, ({ maker }) => maker.id)
  createMakerCertificationsStep({ maker_id: makerId, certifications })
  return new WorkflowResponse(maker)
})
