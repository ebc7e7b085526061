import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_APPROVAL_MODULE } from "../../../modules/listing-approval"
import type ListingApprovalModuleService from "../../../modules/listing-approval/service"

export const decideListingRevisionStepId = "decide-listing-revision"

/** Records the decision (who, when, why); compensation puts the request back to pending. */
export const decideListingRevisionStep = createStep(
  decideListingRevisionStepId,
  async (input: { id: string; status: "approved" | "rejected"; reason?: string | null; decided_by?: string | null }, { container }) => {
    const service = container.resolve<ListingApprovalModuleService>(LISTING_APPROVAL_MODULE)
    await service.updateListingRevisions({
      id: input.id,
      status: input.status,
      reason: input.reason ?? null,
      decided_by: input.decided_by ?? null,
      decided_at: new Date(),
    })
    return new StepResponse({ id: input.id, status: input.status }, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<ListingApprovalModuleService>(LISTING_APPROVAL_MODULE)
      .updateListingRevisions({ id, status: "pending", reason: null, decided_by: null, decided_at: null })
  }
)
