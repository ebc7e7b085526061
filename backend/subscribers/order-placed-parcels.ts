import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createOrderParcelsWorkflow } from "../workflows/shipments/workflows/create-order-parcels"

/** A card order is paid when placed (authorized): its makers' parcels are made now. A 무통장입금 waits for payment.captured. */
export default async function orderPlacedParcels({ event, container }: SubscriberArgs<{ id: string }>) {
  await createOrderParcelsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
