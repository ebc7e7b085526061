import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createSellerMemberStep } from "../steps/create-seller-member"
import { ensureSellerAuthIdentityStep } from "../steps/ensure-seller-auth-identity"
import { findAcceptableInviteStep } from "../steps/find-acceptable-invite"
import { markSellerInviteAcceptedStep } from "../steps/mark-seller-invite-accepted"

export const acceptSellerInviteWorkflowId = "accept-seller-invite"

/**
 * An invited person sets a password (or proves an existing one) and becomes a member: auth
 * identity → member → `app_metadata.seller_id` → invite used. Any failure undoes the earlier steps.
 */
export const acceptSellerInviteWorkflow = createWorkflow(
  acceptSellerInviteWorkflowId,
  (input: { token: string; password: string; name: string }) => {
    const invite = findAcceptableInviteStep({ token: input.token })
    const identity = ensureSellerAuthIdentityStep(
      transform({ invite, input }, ({ invite, input }) => ({ email: invite.email, password: input.password }))
    )
    const member = createSellerMemberStep(
      transform({ invite, identity, input }, ({ invite, identity, input }) => ({
        maker_id: invite.maker_id,
        email: invite.email,
        name: input.name,
        role: invite.role,
        auth_identity_id: identity.auth_identity_id,
      }))
    )
    setAuthAppMetadataStep(
      transform({ identity, member }, ({ identity, member }) => ({ authIdentityId: identity.auth_identity_id, actorType: "seller", value: member.id }))
    )
    markSellerInviteAcceptedStep(transform({ invite }, ({ invite }) => ({ id: invite.id })))
    return new WorkflowResponse(member)
  }
)
