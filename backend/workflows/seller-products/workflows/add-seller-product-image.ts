import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { pendingImageIdOf, type SellerImage } from "../images"
import { applySellerProductImagesWorkflow, type ApplySellerProductImagesInput } from "./apply-seller-product-images"

export const addSellerProductImageWorkflowId = "add-seller-product-image"

export type AddSellerProductImageInput = Omit<ApplySellerProductImagesInput, "images"> & {
  /** the list the new picture is appended to (live, or the pending revision's) */
  current: SellerImage[]
  /** already checked and resized (backend/lib/images/prepare-image.ts), base64 */
  file: { filename: string; mimeType: string; content: string }
  alt: string
}

/**
 * Stores a resized picture through Medusa's file module (local provider → static/, or S3) and
 * appends it to the product's pictures (see apply-seller-product-images). If the list cannot
 * be saved, the upload's compensation deletes the file again.
 */
export const addSellerProductImageWorkflow = createWorkflow(addSellerProductImageWorkflowId, (input: AddSellerProductImageInput) => {
  const files = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ files: [{ ...input.file, access: "public" as const }] })),
  })
  const image = transform({ input, files }, ({ input, files }): SellerImage => ({ id: pendingImageIdOf(files[0].url), url: files[0].url, alt: input.alt }))
  applySellerProductImagesWorkflow.runAsStep({
    input: transform({ input, image }, ({ input, image }) => ({
      product_id: input.product_id,
      maker_id: input.maker_id,
      member_id: input.member_id,
      published: input.published,
      images: [...input.current, image],
      live: input.live,
    })),
  })
  return new WorkflowResponse(image)
})
