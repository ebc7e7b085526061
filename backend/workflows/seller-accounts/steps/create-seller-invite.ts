import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_ACCOUNTS_MODULE } from "../../../modules/seller-accounts"
import type SellerAccountsModuleService from "../../../modules/seller-accounts/service"
import { inviteExpiry, newSellerToken } from "../../../lib/security/seller-tokens"
import type { SellerInviteInput } from "./validate-seller-invite"

export const createSellerInviteStepId = "create-seller-invite"

/**
 * Stores the invite with the token's hash; the plain token is returned once, for the mail.
 * Compensation deletes the invite.
 */
export const createSellerInviteStep = createStep(
  createSellerInviteStepId,
  async (input: SellerInviteInput, { container }) => {
    const service = container.resolve<SellerAccountsModuleService>(SELLER_ACCOUNTS_MODULE)
    const { token, hash } = newSellerToken()
    const invite = await service.createSellerInvites({
      maker_id: input.maker_id,
      email: input.email,
      role: input.role,
      token_hash: hash,
      expires_at: inviteExpiry(),
      invited_by: input.invited_by ?? null,
    })
    return new StepResponse({ id: invite.id, maker_id: invite.maker_id, email: invite.email, role: invite.role, expires_at: invite.expires_at, token }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerAccountsModuleService>(SELLER_ACCOUNTS_MODULE).deleteSellerInvites(id)
  }
)
