import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { deleteSellerMemberStep } from "../steps/delete-seller-member"
import { SellerMemberRemoval, validateSellerMemberRemovalStep } from "../steps/validate-seller-member-removal"

export const removeSellerMemberWorkflowId = "remove-seller-member"

/**
 * Removes a member: the member row goes, and its auth identity loses `seller_id`, so neither a
 * new login nor an already issued token reaches 판매자센터 (the guard looks the member up).
 */
export const removeSellerMemberWorkflow = createWorkflow(removeSellerMemberWorkflowId, (input: SellerMemberRemoval) => {
  const target = validateSellerMemberRemovalStep(input)
  deleteSellerMemberStep(transform({ input }, ({ input }) => ({ id: input.member_id })))
  when({ target }, ({ target }) => !!target.auth_identity_id).then(() => {
    setAuthAppMetadataStep(
      transform({ target }, ({ target }) => ({ authIdentityId: target.auth_identity_id as string, actorType: "seller", value: null }))
    )
  })
  return new WorkflowResponse({ id: input.member_id })
})
