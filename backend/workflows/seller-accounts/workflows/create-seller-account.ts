import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import type { SellerRole } from "../../../lib/seller/seller-mail"
import { createSellerMemberStep } from "../steps/create-seller-member"
import { ensureSellerAuthIdentityStep } from "../steps/ensure-seller-auth-identity"

export const createSellerAccountWorkflowId = "create-seller-account"

export type CreateSellerAccountInput = { maker_id: string; email: string; name: string; role: SellerRole; password: string }

/**
 * A member with a password, without an invite: the seed's local owner accounts. People
 * come in through invites (accept-seller-invite), which run the same steps.
 */
export const createSellerAccountWorkflow = createWorkflow(createSellerAccountWorkflowId, (input: CreateSellerAccountInput) => {
  const identity = ensureSellerAuthIdentityStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.password })))
  const member = createSellerMemberStep(
    transform({ input, identity }, ({ input, identity }) => ({
      maker_id: input.maker_id,
      email: input.email,
      name: input.name,
      role: input.role,
      auth_identity_id: identity.auth_identity_id,
    }))
  )
  setAuthAppMetadataStep(
    transform({ identity, member }, ({ identity, member }) => ({ authIdentityId: identity.auth_identity_id, actorType: "seller", value: member.id }))
  )
  return new WorkflowResponse(member)
})
