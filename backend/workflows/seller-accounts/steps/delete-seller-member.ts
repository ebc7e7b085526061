import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_ACCOUNTS_MODULE } from "../../../modules/seller-accounts"
import type SellerAccountsModuleService from "../../../modules/seller-accounts/service"

export const deleteSellerMemberStepId = "delete-seller-member"

/** Soft-deletes the member (its email may be invited again); compensation restores it. */
export const deleteSellerMemberStep = createStep(
  deleteSellerMemberStepId,
  async (input: { id: string }, { container }) => {
    await container.resolve<SellerAccountsModuleService>(SELLER_ACCOUNTS_MODULE).softDeleteSellerMembers(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerAccountsModuleService>(SELLER_ACCOUNTS_MODULE).restoreSellerMembers(id)
  }
)
