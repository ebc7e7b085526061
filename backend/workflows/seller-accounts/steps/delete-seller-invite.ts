import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_ACCOUNTS_MODULE } from "../../../modules/seller-accounts"
import type SellerAccountsModuleService from "../../../modules/seller-accounts/service"

export const deleteSellerInviteStepId = "delete-seller-invite"

/** Soft-deletes an invite (its token no longer resolves); compensation restores it. */
export const deleteSellerInviteStep = createStep(
  deleteSellerInviteStepId,
  async (input: { id: string }, { container }) => {
    await container.resolve<SellerAccountsModuleService>(SELLER_ACCOUNTS_MODULE).softDeleteSellerInvites(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerAccountsModuleService>(SELLER_ACCOUNTS_MODULE).restoreSellerInvites(id)
  }
)
