import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildParcelShippedNotificationStep } from "../steps/build-parcel-shipped-notification"

export const sendParcelShippedNotificationWorkflowId = "send-parcel-shipped-notification"

/** 발송 안내 mail for one parcel (idempotent per parcel). */
export const sendParcelShippedNotificationWorkflow = createWorkflow(
  sendParcelShippedNotificationWorkflowId,
  (input: { parcel_id: string }) => new WorkflowResponse(sendNotificationsStep(buildParcelShippedNotificationStep(input)))
)
