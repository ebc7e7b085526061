import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildSellerPasswordResetNotificationStep } from "../steps/build-seller-password-reset-notification"

export const sendSellerPasswordResetWorkflowId = "send-seller-password-reset"

/** Mails a member the link to /seller/reset-password with Medusa's reset token. */
export const sendSellerPasswordResetWorkflow = createWorkflow(
  sendSellerPasswordResetWorkflowId,
  (input: { email: string; token: string }) =>
    new WorkflowResponse(sendNotificationsStep(buildSellerPasswordResetNotificationStep(input)))
)
