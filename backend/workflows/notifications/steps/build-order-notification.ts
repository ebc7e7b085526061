import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { orderNotificationData } from "../../../lib/orders/order-notification"
import type { OrderRecord } from "../../../lib/orders/types"

export const buildOrderNotificationStepId = "build-order-notification"

export type OrderNotificationInput = { order_id: string; template: string; idempotency_key: string }

const FIELDS = [
  "id", "display_id", "created_at", "email", "status", "currency_code", "metadata",
  "item_total", "shipping_total", "discount_total", "total",
  "items.id", "items.title", "items.product_title", "items.variant_title", "items.quantity", "items.unit_price", "items.total",
  "payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.amount",
  "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at", "payment_collections.payments.data",
]

/** The email about one order (none when the order has no email address). */
export async function buildOrderNotification(container: MedusaContainer, input: OrderNotificationInput): Promise<SendNotificationsStepInput> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: FIELDS, filters: { id: input.order_id } })
  const order = data[0] as unknown as OrderRecord | undefined
  if (!order?.email) return []
  const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
  return [
    {
      to: order.email,
      channel: "email",
      template: input.template,
      data: orderNotificationData(order, storefrontUrl),
      trigger_type: input.template,
      resource_id: order.id,
      resource_type: "order",
      idempotency_key: input.idempotency_key,
    },
  ]
}

/** Reads only; sendNotificationsStep does the sending. */
export const buildOrderNotificationStep = createStep(buildOrderNotificationStepId, async (input: OrderNotificationInput, { container }) =>
  new StepResponse(await buildOrderNotification(container, input))
)
