import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertSellerCategory } from "./resolve-seller-product-context"

export const validateSellerProductUpdateStepId = "validate-seller-product-update"

/**
 * A seller's content edit names an existing, active category (Korean 400 otherwise). Whether
 * the edit applies at once or waits for approval is the caller's branch on the product status.
 */
export const validateSellerProductUpdateStep = createStep(
  validateSellerProductUpdateStepId,
  async (input: { category_id?: string }, { container }) => {
    await assertSellerCategory(container, input.category_id)
    return new StepResponse(true)
  }
)
