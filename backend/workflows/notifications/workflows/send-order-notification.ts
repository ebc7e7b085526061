import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildOrderNotificationStep } from "../steps/build-order-notification"

export const sendOrderNotificationWorkflowId = "send-order-notification"

/**
 * Sends one templated email about an order (주문 접수) through the notification module;
 * the idempotency key keeps a re-delivered event from mailing twice.
 */
export const sendOrderNotificationWorkflow = createWorkflow(
  sendOrderNotificationWorkflowId,
  (input: { order_id: string; template: string; idempotency_key: string }) =>
    new WorkflowResponse(sendNotificationsStep(buildOrderNotificationStep(input)))
)
