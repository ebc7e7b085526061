import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findAcceptableInvite } from "../../../../workflows/seller-accounts/steps/find-acceptable-invite"
import { acceptSellerInviteWorkflow } from "../../../../workflows/seller-accounts/workflows/accept-seller-invite"
import type { SellerAcceptInviteType } from "./validators"

/** Public (the token is the credential): what the invite page shows before the password is set. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const invite = await findAcceptableInvite(req.scope, String((req.validatedQuery as { token: string }).token))
  res.json({ invite: { email: invite.email, role: invite.role, maker_name: invite.maker_name, expires_at: invite.expires_at } })
}

/** Public: sets the password and creates the member; the person then logs in at /auth/seller/emailpass. */
export async function POST(req: MedusaRequest<SellerAcceptInviteType>, res: MedusaResponse) {
  const { result } = await acceptSellerInviteWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ member: { id: result.id, email: result.email, name: result.name, role: result.role } })
}
