import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ORDER_PLACED_TEMPLATE } from "../lib/orders/order-notification"
import { sendOrderNotificationWorkflow } from "../workflows/notifications/workflows/send-order-notification"

/** 주문 접수 mail to the orderer: items, totals, the 무통장입금 account and deadline, lookup link. */
export default async function orderPlacedNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderNotificationWorkflow(container).run({
    input: { order_id: event.data.id, template: ORDER_PLACED_TEMPLATE, idempotency_key: `${ORDER_PLACED_TEMPLATE}:${event.data.id}` },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
