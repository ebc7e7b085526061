import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_ERRORS } from "../../../lib/seller/seller-errors"

export const validateSellerMemberRemovalStepId = "validate-seller-member-removal"

export type SellerMemberRemoval = { member_id: string; maker_id: string; by_member_id?: string | null }

/** A member of this maker, not the one asking, and never the maker's last owner. */
export const validateSellerMemberRemovalStep = createStep(
  validateSellerMemberRemovalStepId,
  async (input: SellerMemberRemoval, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "seller_member", fields: ["id", "role", "auth_identity_id"], filters: { maker_id: input.maker_id } })
    const members = data as { id: string; role: string; auth_identity_id: string | null }[]
    const target = members.find((m) => m.id === input.member_id)
    if (!target) throw new MedusaError(MedusaError.Types.NOT_FOUND, SELLER_ERRORS.memberNotFound)
    if (input.by_member_id === target.id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, SELLER_ERRORS.cannotRemoveSelf)
    if (target.role === "owner" && members.filter((m) => m.role === "owner").length < 2) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, SELLER_ERRORS.lastOwner)
    }
    return new StepResponse({ auth_identity_id: target.auth_identity_id })
  }
)
