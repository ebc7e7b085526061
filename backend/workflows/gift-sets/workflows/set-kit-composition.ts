import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createKitComponentsStep } from "../steps/create-kit-components"
import { dismissKitComponentsStep } from "../steps/dismiss-kit-components"
import { KitCompositionInput, validateKitCompositionStep } from "../steps/validate-kit-composition"

export const setKitCompositionWorkflowId = "set-kit-composition"

/**
 * Sets what a gift set (or pack) variant is made of; its stock then follows its components.
 * Replacing is two steps, each undoing only its own write, so a failure while linking the new
 * components puts the old ones back.
 */
export const setKitCompositionWorkflow = createWorkflow(setKitCompositionWorkflowId, (input: KitCompositionInput) => {
  const components = validateKitCompositionStep(input)
  dismissKitComponentsStep({ variant_id: input.variant_id })
  const links = transform({ input, components }, ({ input, components }) => ({ variant_id: input.variant_id, components }))
  return new WorkflowResponse(createKitComponentsStep(links))
})
