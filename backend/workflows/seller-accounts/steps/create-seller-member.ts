import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SellerRole } from "../../../lib/seller/seller-mail"
import { SELLER_ACCOUNTS_MODULE } from "../../../modules/seller-accounts"
import type SellerAccountsModuleService from "../../../modules/seller-accounts/service"

export const createSellerMemberStepId = "create-seller-member"

export type CreateSellerMemberInput = { maker_id: string; email: string; name: string; role: SellerRole; auth_identity_id: string }

/** Creates the member; compensation deletes it. */
export const createSellerMemberStep = createStep(
  createSellerMemberStepId,
  async (input: CreateSellerMemberInput, { container }) => {
    const service = container.resolve<SellerAccountsModuleService>(SELLER_ACCOUNTS_MODULE)
    const member = await service.createSellerMembers(input)
    return new StepResponse({ id: member.id, maker_id: member.maker_id, email: member.email, name: member.name, role: member.role }, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerAccountsModuleService>(SELLER_ACCOUNTS_MODULE).deleteSellerMembers(id)
  }
)
