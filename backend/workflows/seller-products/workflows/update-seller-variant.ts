import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateInventoryLevelsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { variantPrices, type SellerTier } from "../prices"
import { readSellerVariantStep } from "../steps/read-seller-variant"

export const updateSellerVariantWorkflowId = "update-seller-variant"

export type UpdateSellerVariantInput = {
  variant_id: string
  stock_location_id: string
  update: { price?: number; stock?: number; tier_prices?: SellerTier[] }
}

/**
 * Price, tier prices and stock of an own variant apply at once (no approval). A price without
 * tiers keeps the current tiers; tiers without a price keep the current price.
 */
export const updateSellerVariantWorkflow = createWorkflow(updateSellerVariantWorkflowId, (input: UpdateSellerVariantInput) => {
  const current = readSellerVariantStep({ variant_id: input.variant_id })
  when({ input }, ({ input }) => input.update.price !== undefined || input.update.tier_prices !== undefined).then(() => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ input, current }, ({ input, current }) => ({
        product_variants: [
          {
            id: input.variant_id,
            prices: variantPrices(input.update.price ?? Number(current.price), input.update.tier_prices ?? current.tiers),
          },
        ],
      })),
    })
  })
  when({ input, current }, ({ input, current }) => input.update.stock !== undefined && !!current.inventory_item_id).then(() => {
    updateInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, current }, ({ input, current }) => ({
        updates: [{ inventory_item_id: current.inventory_item_id as string, location_id: input.stock_location_id, stocked_quantity: input.update.stock as number }],
      })),
    })
  })
  return new WorkflowResponse({ id: input.variant_id })
})
