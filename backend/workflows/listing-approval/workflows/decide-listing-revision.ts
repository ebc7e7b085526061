import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { buildListingDecisionNotificationsStep } from "../steps/build-listing-decision-notifications"
import { decideListingRevisionStep } from "../steps/decide-listing-revision"
import { validateListingDecisionStep } from "../steps/validate-listing-decision"
import { productUpdateOf } from "../types"

export const decideListingRevisionWorkflowId = "decide-listing-revision"

export type DecideListingRevisionInput = { id: string; decision: "approve" | "reject"; reason?: string | null; decided_by?: string | null }

/**
 * Staff decide a seller's request. Approve: a new listing is published; an edit's content is
 * written to the live product. Reject: a new listing becomes `rejected`; an edit leaves the
 * product as it is. Either way the maker's members are mailed; any failure undoes the product
 * change and the decision.
 */
export const decideListingRevisionWorkflow = createWorkflow(decideListingRevisionWorkflowId, (input: DecideListingRevisionInput) => {
  const revision = validateListingDecisionStep({ id: input.id })
  const productUpdate = transform({ input, revision }, ({ input, revision }) => {
    if (revision.kind === "new") return { status: input.decision === "approve" ? "published" : "rejected" }
    return input.decision === "approve" ? productUpdateOf(revision.changes ?? {}) : null
  })
  when({ productUpdate }, ({ productUpdate }) => !!productUpdate).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ revision, productUpdate }, ({ revision, productUpdate }) => ({
        selector: { id: revision.product_id },
        update: productUpdate as Record<string, unknown>,
      })),
    })
  })
  const status = transform({ input }, ({ input }) => (input.decision === "approve" ? ("approved" as const) : ("rejected" as const)))
  const decided = decideListingRevisionStep(
    transform({ input, status }, ({ input, status }) => ({ id: input.id, status, reason: input.reason, decided_by: input.decided_by }))
  )
  sendNotificationsStep(
    buildListingDecisionNotificationsStep(
      transform({ revision, status, input }, ({ revision, status, input }) => ({
        revision_id: revision.id,
        maker_id: revision.maker_id,
        product_id: revision.product_id,
        status,
        reason: input.reason,
      }))
    )
  )
  return new WorkflowResponse(decided)
})
