import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_ACCOUNTS_MODULE } from "../../../modules/seller-accounts"
import type SellerAccountsModuleService from "../../../modules/seller-accounts/service"

export const markSellerInviteAcceptedStepId = "mark-seller-invite-accepted"

/** Uses the invite up (a token works once); compensation makes it usable again. */
export const markSellerInviteAcceptedStep = createStep(
  markSellerInviteAcceptedStepId,
  async (input: { id: string }, { container }) => {
    const service = container.resolve<SellerAccountsModuleService>(SELLER_ACCOUNTS_MODULE)
    await service.updateSellerInvites({ id: input.id, accepted_at: new Date() })
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerAccountsModuleService>(SELLER_ACCOUNTS_MODULE).updateSellerInvites({ id, accepted_at: null })
  }
)
