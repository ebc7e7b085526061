import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideListingRevisionWorkflow } from "../../../../../workflows/listing-approval/workflows/decide-listing-revision"
import type { AdminRejectListingType } from "../../validators"

/** Staff reject with a reason the seller sees (and is mailed). */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectListingType>, res: MedusaResponse) {
  const { result } = await decideListingRevisionWorkflow(req.scope).run({
    input: { id: req.params.id, decision: "reject", reason: req.validatedBody.reason, decided_by: req.auth_context.actor_id },
  })
  res.json({ listing_approval: result })
}
