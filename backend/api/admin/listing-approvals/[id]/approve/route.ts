import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideListingRevisionWorkflow } from "../../../../../workflows/listing-approval/workflows/decide-listing-revision"

/** Staff approve: a new listing goes on sale, an edit reaches the live product. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await decideListingRevisionWorkflow(req.scope).run({
    input: { id: req.params.id, decision: "approve", decided_by: req.auth_context.actor_id },
  })
  res.json({ listing_approval: result })
}
