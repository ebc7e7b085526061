import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { orderNotificationData } from "../../../lib/orders/order-notification"
import type { OrderRecord } from "../../../lib/orders/types"

export const buildOrderNotificationStepId = "build-order-notification"

const FIELDS = [
  "id", "display_id", "created_at", "email", "status", "currency_code", "metadata",
  "item_total", "shipping_total", "discount_total", "total",
  "items.id", "items.title", "items.product_title", "items.variant_title", "items.quantity", "items.unit_price", "items.total",
  "payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.amount",
  "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at", "payment_collections.payments.data",
]

/** The email for one order and template (none when the order has no email); reads only. */
export const buildOrderNotificationStep = createStep(
  buildOrderNotificationStepId,
  async (input: { order_id: string; template: string; idempotency_key: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: FIELDS, filters: { id: input.order_id } })
    const order = data[0] as unknown as OrderRecord | undefined
    if (!order?.email) return new StepResponse([] as SendNotificationsStepInput)
    const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
    const notification: SendNotificationsStepInput[number] = {
      to: order.email,
      channel: "email",
      template: input.template,
      data: orderNotificationData(order, storefrontUrl),
      trigger_type: input.template,
      resource_id: order.id,
      resource_type: "order",
      idempotency_key: input.idempotency_key,
    }
    return new StepResponse([notification])
  }
)
