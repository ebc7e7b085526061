import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeMakerInput } from "../normalize-input"
import { createMakerCertificationsStep } from "../steps/create-maker-certifications"
import { removeMakerCertificationsStep } from "../steps/remove-maker-certifications"
import { updateMakerStep } from "../steps/update-maker"
import { validateMakerInputStep } from "../steps/validate-maker-input"
import type { MakerInput } from "../types"

export const updateMakerWorkflowId = "update-maker"

/**
 * Updates a maker's fields and, when given, replaces its certifications. Three writing steps,
 * each undoing only its own write: a failure in a later one (say a certification the database
 * refuses) restores the removed certifications and then the fields.
 */
export const updateMakerWorkflow = createWorkflow(
  updateMakerWorkflowId,
  (input: { id: string; data: Partial<MakerInput> }) => {
    validateMakerInputStep(input)
    const parts = transform({ input }, ({ input }) => {
      const { certifications, ...fields } = normalizeMakerInput(input.data)
      return { fields: { id: input.id, data: fields }, certifications: certifications ?? null }
    })
    const updated = updateMakerStep(parts.fields)
    when("replace-certifications", { parts }, ({ parts }) => parts.certifications !== null).then(() => {
      removeMakerCertificationsStep({ maker_id: input.id })
      const next = transform({ input, parts }, ({ input, parts }) => ({ maker_id: input.id, certifications: parts.certifications ?? [] }))
      createMakerCertificationsStep(next)
    })
    return new WorkflowResponse(updated)
  }
)
