import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_ERRORS } from "../../../../../../lib/seller/seller-errors"
import { revokeSellerInviteWorkflow } from "../../../../../../workflows/seller-accounts/workflows/revoke-seller-invite"
import { fetchOneOr404 } from "../../../../../utils/fetch-one"

/**
 * Staff withdraw a pending invite from the maker's admin page (its link stops working). The
 * invite must be this maker's and not yet used: another maker's id or an accepted invite is a
 * Korean 404, so the URL's maker and invite always belong together.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id: maker_id, invite_id } = req.params
  await fetchOneOr404(req, "maker", ["id"], { id: maker_id }, `만든 곳을 찾을 수 없습니다: ${maker_id}`)
  await fetchOneOr404(req, "seller_invite", ["id"], { id: invite_id, maker_id, accepted_at: null }, SELLER_ERRORS.inviteNotFound)
  await revokeSellerInviteWorkflow(req.scope).run({ input: { id: invite_id } })
  res.json({ id: invite_id, object: "seller_invite", deleted: true })
}
