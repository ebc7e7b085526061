import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendTransferConfirmedNotificationWorkflow } from "../workflows/notifications/workflows/send-transfer-confirmed-notification"

/** 입금 확인 mail when staff capture a 무통장입금 payment. */
export default async function bankTransferPaidNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendTransferConfirmedNotificationWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payment.captured" }
