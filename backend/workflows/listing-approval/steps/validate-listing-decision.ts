import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_APPROVAL_MODULE } from "../../../modules/listing-approval"
import type ListingApprovalModuleService from "../../../modules/listing-approval/service"
import type { ListingContent } from "../types"

export const validateListingDecisionStepId = "validate-listing-decision"

export type PendingRevision = { id: string; product_id: string; maker_id: string; kind: "new" | "edit"; changes: ListingContent | null }

/** Only a pending request can be decided (Korean 404 / 400 otherwise). */
export const validateListingDecisionStep = createStep(validateListingDecisionStepId, async (input: { id: string }, { container }) => {
  const service = container.resolve<ListingApprovalModuleService>(LISTING_APPROVAL_MODULE)
  const [revision] = await service.listListingRevisions({ id: input.id })
  if (!revision) throw new MedusaError(MedusaError.Types.NOT_FOUND, `승인 요청을 찾을 수 없습니다: ${input.id}`)
  if (revision.status !== "pending") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "이미 처리된 승인 요청입니다.")
  return new StepResponse<PendingRevision>({
    id: revision.id,
    product_id: revision.product_id,
    maker_id: revision.maker_id,
    kind: revision.kind as "new" | "edit",
    changes: (revision.changes as ListingContent | null) ?? null,
  })
})
