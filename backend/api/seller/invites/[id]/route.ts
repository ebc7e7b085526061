import type { MedusaResponse } from "@medusajs/framework/http"
import { revokeSellerInviteWorkflow } from "../../../../workflows/seller-accounts/workflows/revoke-seller-invite"
import { findOwnInviteOr404, requireOwner } from "../../scope"
import type { SellerRequest } from "../../types"

/** An owner withdraws a pending invite of this maker; its link stops working. */
export async function DELETE(req: SellerRequest, res: MedusaResponse) {
  await findOwnInviteOr404(req, req.params.id)
  requireOwner(req)
  await revokeSellerInviteWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "seller_invite", deleted: true })
}
