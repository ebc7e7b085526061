import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { replaceKitComponentsStep } from "../steps/replace-kit-components"
import { KitCompositionInput, validateKitCompositionStep } from "../steps/validate-kit-composition"

export const setKitCompositionWorkflowId = "set-kit-composition"

/** Sets what a gift set (or pack) variant is made of; its stock then follows its components. */
export const setKitCompositionWorkflow = createWorkflow(setKitCompositionWorkflowId, (input: KitCompositionInput) => {
  const components = validateKitCompositionStep(input)
  const links = transform({ input, components }, ({ input, components }) => ({ variant_id: input.variant_id, components }))
  return new WorkflowResponse(replaceKitComponentsStep(links))
})
