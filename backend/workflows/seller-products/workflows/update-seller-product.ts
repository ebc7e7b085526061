import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { productUpdateOf } from "../../listing-approval/types"
import { validateSellerProductUpdateStep } from "../steps/validate-seller-product-update"

export const updateSellerProductWorkflowId = "update-seller-product"

export type UpdateSellerProductInput = {
  product_id: string
  update: { title?: string; subtitle?: string; description?: string; category_id?: string; status?: "draft" }
}

/**
 * A seller edits an own product that is not on sale (published products go through
 * request-listing-edit instead), or archives one (status `draft`, out of the store).
 * Medusa's updateProductsWorkflow writes and compensates.
 */
export const updateSellerProductWorkflow = createWorkflow(updateSellerProductWorkflowId, (input: UpdateSellerProductInput) => {
  validateSellerProductUpdateStep(transform({ input }, ({ input }) => ({ category_id: input.update.category_id })))
  const updated = updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ selector: { id: input.product_id }, update: productUpdateOf(input.update) })),
  })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => ({ id: updated[0].id })))
})
