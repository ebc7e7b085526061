import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateInventoryLevelsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { recordListingChangesStep, type ListingChange } from "../../listing-approval/steps/record-listing-changes"
import { variantPrices, type SellerTier } from "../prices"
import { readSellerVariantStep, type SellerVariantState } from "../steps/read-seller-variant"

export const updateSellerVariantWorkflowId = "update-seller-variant"

export type UpdateSellerVariantInput = {
  product_id: string
  variant_id: string
  maker_id: string
  member_id?: string | null
  stock_location_id: string
  update: { price?: number; stock?: number; tier_prices?: SellerTier[] }
}

const sameTiers = (a: SellerTier[], b: SellerTier[]) => {
  const key = (t: SellerTier[]) => JSON.stringify([...t].sort((x, y) => x.min_quantity - y.min_quantity).map((x) => [x.min_quantity, x.price]))
  return key(a) === key(b)
}

/** The change log rows of an edit: only the fields that really change, old → new. */
export function listingChangesOf(input: UpdateSellerVariantInput, current: SellerVariantState): ListingChange[] {
  const base = { product_id: input.product_id, variant_id: input.variant_id, maker_id: input.maker_id, member_id: input.member_id ?? null }
  const { price, stock, tier_prices } = input.update
  const changes: ListingChange[] = []
  if (price !== undefined && price !== current.price) changes.push({ ...base, field: "price", old_value: current.price, new_value: price })
  if (tier_prices !== undefined && !sameTiers(tier_prices, current.tiers)) changes.push({ ...base, field: "tier_prices", old_value: current.tiers, new_value: tier_prices })
  if (stock !== undefined && current.inventory_item_id && stock !== current.stock) changes.push({ ...base, field: "stock", old_value: current.stock, new_value: stock })
  return changes
}

/**
 * Price, tier prices and stock of an own variant apply at once (no approval), and each real
 * change is written to the change log (who, when, old → new). A price without tiers keeps the
 * current tiers; tiers without a price keep the current price. A failing log write undoes the
 * price and stock writes.
 */
export const updateSellerVariantWorkflow = createWorkflow(updateSellerVariantWorkflowId, (input: UpdateSellerVariantInput) => {
  const current = readSellerVariantStep(transform({ input }, ({ input }) => ({ variant_id: input.variant_id, stock_location_id: input.stock_location_id })))
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
  recordListingChangesStep(transform({ input, current }, ({ input, current }) => listingChangesOf(input, current)))
  return new WorkflowResponse({ id: input.variant_id })
})
