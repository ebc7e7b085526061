import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProductMakerLinks, setProductMakerLinksStep } from "../steps/set-product-maker-links"
import { validateProductMakerStep } from "../steps/validate-product-maker"

export const setProductMakerWorkflowId = "set-product-maker"

/** Sets the maker (exactly one) and the joint brand (at most one) of a product. */
export const setProductMakerWorkflow = createWorkflow(setProductMakerWorkflowId, (input: ProductMakerLinks) => {
  validateProductMakerStep(input)
  return new WorkflowResponse(setProductMakerLinksStep(input))
})
