import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { validateSellerProductUpdateStep } from "../steps/validate-seller-product-update"

export const updateSellerProductWorkflowId = "update-seller-product"

export type UpdateSellerProductInput = {
  /** the product's current status, read through the seller scope by the caller */
  product: { id: string; status: string }
  update: { title?: string; subtitle?: string; description?: string; category_id?: string; status?: "draft" }
}

/**
 * A seller edits an own product that is not on sale yet, or archives one (status `draft`,
 * out of the store). Medusa's updateProductsWorkflow writes and compensates.
 */
export const updateSellerProductWorkflow = createWorkflow(updateSellerProductWorkflowId, (input: UpdateSellerProductInput) => {
  validateSellerProductUpdateStep(
    transform({ input }, ({ input }) => ({
      status: input.product.status,
      category_id: input.update.category_id,
      has_content: ["title", "subtitle", "description", "category_id"].some((k) => k in input.update),
    }))
  )
  const updated = updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => {
      const { category_id, ...rest } = input.update
      return { selector: { id: input.product.id }, update: { ...rest, ...(category_id ? { category_ids: [category_id] } : {}) } }
    }),
  })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => ({ id: updated[0].id })))
})
