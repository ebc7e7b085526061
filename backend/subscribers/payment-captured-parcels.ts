import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createOrderParcelsWorkflow } from "../workflows/shipments/workflows/create-order-parcels"

/** 입금 확인 (staff capture a 무통장입금): the order is paid, so its makers' parcels are made. */
export default async function paymentCapturedParcels({ event, container }: SubscriberArgs<{ id: string }>) {
  await createOrderParcelsWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payment.captured" }
