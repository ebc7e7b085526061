import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductMakerLinksStep } from "../steps/create-product-maker-links"
import { dismissProductMakerLinksStep, type ProductMakerLinks } from "../steps/dismiss-product-maker-links"
import { validateProductMakerStep } from "../steps/validate-product-maker"

export const setProductMakerWorkflowId = "set-product-maker"

/** Emitted after a product's maker or joint brand changed (links change no product field, so no product.updated). */
export const PRODUCT_MAKER_SET_EVENT = "product_maker.set"

/**
 * Sets the maker (exactly one) and the joint brand (at most one) of a product: the old links
 * come off in one step and the new ones go on in the next, each undoing only its own write.
 */
export const setProductMakerWorkflow = createWorkflow(setProductMakerWorkflowId, (input: ProductMakerLinks) => {
  validateProductMakerStep(input)
  const change = dismissProductMakerLinksStep(input)
  const links = createProductMakerLinksStep(change)
  emitEventStep({ eventName: PRODUCT_MAKER_SET_EVENT, data: transform({ input }, ({ input }) => ({ id: input.product_id })) })
  return new WorkflowResponse(links)
})
