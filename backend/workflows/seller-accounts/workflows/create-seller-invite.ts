import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { SELLER_INVITE_TEMPLATE, sellerInviteLink, sellerInviteMail } from "../../../lib/seller/seller-mail"
import { createSellerInviteStep } from "../steps/create-seller-invite"
import { SellerInviteInput, validateSellerInviteStep } from "../steps/validate-seller-invite"

export const createSellerInviteWorkflowId = "create-seller-invite"

/** Invites a person to a maker's 판매자센터 (staff from the admin, an owner from 판매자센터) and mails the link. */
export const createSellerInviteWorkflow = createWorkflow(createSellerInviteWorkflowId, (input: SellerInviteInput) => {
  const { maker_name } = validateSellerInviteStep(input)
  const invite = createSellerInviteStep(input)
  const notifications = transform({ invite, maker_name }, ({ invite, maker_name }) => [
    {
      to: invite.email,
      channel: "email",
      template: SELLER_INVITE_TEMPLATE,
      data: sellerInviteMail({ maker_name, role: invite.role, link: sellerInviteLink(invite.token), expires_at: new Date(invite.expires_at) }),
      trigger_type: SELLER_INVITE_TEMPLATE,
      resource_id: invite.id,
      resource_type: "seller_invite",
      idempotency_key: `${SELLER_INVITE_TEMPLATE}:${invite.id}`,
    },
  ])
  sendNotificationsStep(notifications)
  const result = transform({ invite }, ({ invite }) => ({ id: invite.id, maker_id: invite.maker_id, email: invite.email, role: invite.role, expires_at: invite.expires_at }))
  return new WorkflowResponse(result)
})
