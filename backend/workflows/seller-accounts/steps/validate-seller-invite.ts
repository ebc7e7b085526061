import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_ERRORS } from "../../../lib/seller/seller-errors"
import type { SellerRole } from "../../../lib/seller/seller-mail"

export const validateSellerInviteStepId = "validate-seller-invite"

export type SellerInviteInput = { maker_id: string; email: string; role: SellerRole; invited_by?: string | null }

/**
 * An invite needs an active maker and an email that is no member yet (one person, one maker).
 * Returns the maker's name for the mail.
 */
export const validateSellerInviteStep = createStep(validateSellerInviteStepId, async (input: SellerInviteInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: makers } = await query.graph({ entity: "maker", fields: ["id", "name", "status"], filters: { id: input.maker_id } })
  const maker = makers[0] as { id: string; name: string; status: string } | undefined
  if (!maker) throw new MedusaError(MedusaError.Types.NOT_FOUND, SELLER_ERRORS.makerNotFound)
  if (maker.status !== "active") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, SELLER_ERRORS.suspended)
  const { data: members } = await query.graph({ entity: "seller_member", fields: ["id"], filters: { email: input.email } })
  if (members.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, SELLER_ERRORS.alreadyMember)
  return new StepResponse({ maker_name: maker.name })
})
