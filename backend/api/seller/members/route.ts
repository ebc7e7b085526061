import type { MedusaResponse } from "@medusajs/framework/http"
import { createSellerInviteWorkflow } from "../../../workflows/seller-accounts/workflows/create-seller-invite"
import { requireOwner, sellerMembers, sellerPendingInvites } from "../scope"
import type { SellerRequest } from "../types"
import { SELLER_INVITE_FIELDS, SELLER_MEMBER_FIELDS } from "./fields"
import type { SellerCreateInviteType } from "./validators"

/** This maker's members and its pending invites. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json({ members: await sellerMembers(req, SELLER_MEMBER_FIELDS), invites: await sellerPendingInvites(req, SELLER_INVITE_FIELDS) })
}

/** An owner invites a person to this maker (the mail carries the link). */
export async function POST(req: SellerRequest<SellerCreateInviteType>, res: MedusaResponse) {
  const owner = requireOwner(req)
  const { result } = await createSellerInviteWorkflow(req.scope).run({
    input: { maker_id: owner.maker_id, email: req.validatedBody.email, role: req.validatedBody.role, invited_by: owner.member_id },
  })
  res.status(201).json({ invite: result })
}
