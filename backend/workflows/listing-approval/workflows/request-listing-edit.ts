import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateSellerProductUpdateStep } from "../../seller-products/steps/validate-seller-product-update"
import { upsertListingRevisionStep, type UpsertListingRevisionInput } from "../steps/upsert-listing-revision"

export const requestListingEditWorkflowId = "request-listing-edit"

/** A seller's content edit of a published product waits for staff; the live product is untouched. */
export const requestListingEditWorkflow = createWorkflow(requestListingEditWorkflowId, (input: Omit<UpsertListingRevisionInput, "kind">) => {
  validateSellerProductUpdateStep(transform({ input }, ({ input }) => ({ category_id: input.changes?.category_id })))
  return new WorkflowResponse(upsertListingRevisionStep(transform({ input }, ({ input }) => ({ ...input, kind: "edit" as const }))))
})
