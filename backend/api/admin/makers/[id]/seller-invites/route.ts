import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createSellerInviteWorkflow } from "../../../../../workflows/seller-accounts/workflows/create-seller-invite"
import type { SellerCreateInviteType } from "../../../../seller/members/validators"

/** Staff invite a person to a maker's 판매자센터 from the maker's admin page. */
export async function POST(req: AuthenticatedMedusaRequest<SellerCreateInviteType>, res: MedusaResponse) {
  const { result } = await createSellerInviteWorkflow(req.scope).run({
    input: { maker_id: req.params.id, email: req.validatedBody.email, role: req.validatedBody.role, invited_by: req.auth_context.actor_id },
  })
  res.status(201).json({ invite: result })
}
