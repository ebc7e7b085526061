import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { PAYMENT_CONFIRMED_TEMPLATE } from "../../../lib/orders/order-notification"
import { BANK_TRANSFER_PROVIDER_ID } from "../../bank-transfer/overdue"
import { buildOrderNotification } from "./build-order-notification"

export const buildTransferConfirmedNotificationStepId = "build-transfer-confirmed-notification"

type PaymentWithOrder = { provider_id: string; payment_collection?: { order?: { id: string } | null } | null }

/**
 * The 입금 확인 email for a captured payment — only for 무통장입금 (a card payment is confirmed at
 * checkout and needs no second mail), so other payments yield no notification.
 */
export const buildTransferConfirmedNotificationStep = createStep(
  buildTransferConfirmedNotificationStepId,
  async (input: { payment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "payment",
      fields: ["id", "provider_id", "payment_collection.order.id"],
      filters: { id: input.payment_id },
    })
    const payment = data[0] as unknown as PaymentWithOrder | undefined
    const orderId = payment?.payment_collection?.order?.id
    if (!orderId || payment.provider_id !== BANK_TRANSFER_PROVIDER_ID) return new StepResponse([] as SendNotificationsStepInput)
    return new StepResponse(
      await buildOrderNotification(container, {
        order_id: orderId,
        template: PAYMENT_CONFIRMED_TEMPLATE,
        idempotency_key: `${PAYMENT_CONFIRMED_TEMPLATE}:${input.payment_id}`,
      })
    )
  }
)
