import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_ERRORS } from "../../../lib/seller/seller-errors"

export const ensureSellerAuthIdentityStepId = "ensure-seller-auth-identity"

/**
 * The emailpass auth identity the new member logs in with. Medusa keeps ONE identity per email
 * and provider for every actor type, so a customer (or staff user) who accepts an invite keeps
 * their identity: they must prove it with its current password, and the seller id is added
 * beside the customer id (the password stays shared). An identity already bound to a seller is
 * refused (one person, one maker). Compensation deletes only an identity this step created.
 */
export const ensureSellerAuthIdentityStep = createStep(
  ensureSellerAuthIdentityStepId,
  async (input: { email: string; password: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const existing = await auth.listProviderIdentities({ entity_id: input.email, provider: "emailpass" })
    if (existing.length) {
      const { success, authIdentity } = await auth.authenticate("emailpass", { body: { email: input.email, password: input.password } })
      if (!success || !authIdentity) throw new MedusaError(MedusaError.Types.INVALID_DATA, SELLER_ERRORS.existingIdentityPassword)
      if (authIdentity.app_metadata?.seller_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, SELLER_ERRORS.alreadyMember)
      return new StepResponse({ auth_identity_id: authIdentity.id, created: false }, null)
    }
    const { success, authIdentity, error } = await auth.register("emailpass", { body: { email: input.email, password: input.password } })
    if (!success || !authIdentity) throw new MedusaError(MedusaError.Types.INVALID_DATA, error || SELLER_ERRORS.inviteInvalid)
    return new StepResponse({ auth_identity_id: authIdentity.id, created: true }, authIdentity.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities([createdId])
  }
)
