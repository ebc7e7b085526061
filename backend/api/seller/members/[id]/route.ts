import type { MedusaResponse } from "@medusajs/framework/http"
import { removeSellerMemberWorkflow } from "../../../../workflows/seller-accounts/workflows/remove-seller-member"
import { findOwnMemberOr404, requireOwner } from "../../scope"
import type { SellerRequest } from "../../types"

/** An owner removes a member of this maker (not themself, not the last owner). */
export async function DELETE(req: SellerRequest, res: MedusaResponse) {
  await findOwnMemberOr404(req, req.params.id)
  const owner = requireOwner(req)
  await removeSellerMemberWorkflow(req.scope).run({ input: { member_id: req.params.id, maker_id: owner.maker_id, by_member_id: owner.member_id } })
  res.json({ id: req.params.id, object: "seller_member", deleted: true })
}
