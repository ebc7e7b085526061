import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYMENT_CONFIRMED_TEMPLATE } from "../lib/orders/order-notification"
import { BANK_TRANSFER_PROVIDER_ID } from "../workflows/bank-transfer/overdue"
import { sendOrderNotificationWorkflow } from "../workflows/notifications/workflows/send-order-notification"

/**
 * 입금 확인 mail when staff capture a 무통장입금 payment (card payments are confirmed at checkout,
 * so they get no second mail).
 */
export default async function bankTransferPaidNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "provider_id", "payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const payment = data[0] as unknown as { provider_id: string; payment_collection?: { order?: { id: string } | null } | null } | undefined
  const orderId = payment?.payment_collection?.order?.id
  if (!orderId || payment.provider_id !== BANK_TRANSFER_PROVIDER_ID) return
  await sendOrderNotificationWorkflow(container).run({
    input: { order_id: orderId, template: PAYMENT_CONFIRMED_TEMPLATE, idempotency_key: `${PAYMENT_CONFIRMED_TEMPLATE}:${event.data.id}` },
  })
}

export const config: SubscriberConfig = { event: "payment.captured" }
