import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { cancelOrderParcelsWorkflow } from "../workflows/shipments/workflows/cancel-order-parcels"

export default async function orderCanceledParcels({ event, container }: SubscriberArgs<{ id: string }>) {
  await cancelOrderParcelsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
