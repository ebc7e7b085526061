import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { upsertListingRevisionStep } from "../../listing-approval/steps/upsert-listing-revision"
import { productImagesUpdate, type SellerImage } from "../images"

export const applySellerProductImagesWorkflowId = "apply-seller-product-images"

export type ApplySellerProductImagesInput = {
  product_id: string
  maker_id: string
  member_id?: string | null
  /** a published product's pictures change only when staff approve */
  published: boolean
  /** the whole new list, in order */
  images: SellerImage[]
  /** the live list (the side-by-side view of a pending revision) */
  live: SellerImage[]
}

/**
 * A seller's new list of pictures. Not on sale: written to the product at once (first image =
 * thumbnail). Published: kept in the product's pending edit revision (merged with its text
 * changes) until staff approve; the store keeps the live pictures. Both writes compensate.
 */
export const applySellerProductImagesWorkflow = createWorkflow(applySellerProductImagesWorkflowId, (input: ApplySellerProductImagesInput) => {
  when("apply-images-now", { input }, ({ input }) => !input.published).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ selector: { id: input.product_id }, update: productImagesUpdate(input.images) })),
    })
  })
  when("propose-images", { input }, ({ input }) => input.published).then(() => {
    upsertListingRevisionStep(
      transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        maker_id: input.maker_id,
        member_id: input.member_id ?? null,
        kind: "edit" as const,
        changes: { images: input.images },
        previous: { images: input.live },
      }))
    )
  })
  return new WorkflowResponse({ product_id: input.product_id })
})
