import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildTransferConfirmedNotificationStep } from "../steps/build-transfer-confirmed-notification"

export const sendTransferConfirmedNotificationWorkflowId = "send-transfer-confirmed-notification"

/** 입금 확인 mail after staff capture a 무통장입금 payment; nothing for other providers. */
export const sendTransferConfirmedNotificationWorkflow = createWorkflow(
  sendTransferConfirmedNotificationWorkflowId,
  (input: { payment_id: string }) => new WorkflowResponse(sendNotificationsStep(buildTransferConfirmedNotificationStep(input)))
)
