import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashSellerToken } from "../../../lib/security/seller-tokens"
import { SELLER_ERRORS } from "../../../lib/seller/seller-errors"
import type { SellerRole } from "../../../lib/seller/seller-mail"

export const findAcceptableInviteStepId = "find-acceptable-seller-invite"

export type AcceptableInvite = { id: string; maker_id: string; email: string; role: SellerRole; maker_name: string; expires_at: string }

type InviteRow = { id: string; maker_id: string; email: string; role: SellerRole; expires_at: string | Date; accepted_at: string | null; maker?: { name: string; status: string } | null }

/**
 * The invite behind a token, if it can still be used: not accepted, not expired, its maker
 * active and its email not a member yet. Every failure is the same Korean 400, so a token
 * cannot be probed for which of these it is.
 */
export async function findAcceptableInvite(container: { resolve: (key: string) => unknown }, token: string): Promise<AcceptableInvite> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as { graph: (q: object) => Promise<{ data: unknown[] }> }
  const invalid = () => new MedusaError(MedusaError.Types.INVALID_DATA, SELLER_ERRORS.inviteInvalid)
  if (!token) throw invalid()
  const { data } = await query.graph({
    entity: "seller_invite",
    fields: ["id", "maker_id", "email", "role", "expires_at", "accepted_at", "maker.name", "maker.status"],
    filters: { token_hash: hashSellerToken(token) },
  })
  const invite = data[0] as InviteRow | undefined
  if (!invite || invite.accepted_at || new Date(invite.expires_at).getTime() <= Date.now()) throw invalid()
  if (invite.maker?.status !== "active") throw invalid()
  const { data: members } = await query.graph({ entity: "seller_member", fields: ["id"], filters: { email: invite.email } })
  if (members.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, SELLER_ERRORS.alreadyMember)
  return {
    id: invite.id,
    maker_id: invite.maker_id,
    email: invite.email,
    role: invite.role,
    maker_name: invite.maker.name,
    expires_at: new Date(invite.expires_at).toISOString(),
  }
}

export const findAcceptableInviteStep = createStep(findAcceptableInviteStepId, async (input: { token: string }, { container }) =>
  new StepResponse(await findAcceptableInvite(container, input.token))
)
