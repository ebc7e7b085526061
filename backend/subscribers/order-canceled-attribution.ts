import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { markOrderAttributionCanceledWorkflow } from "../workflows/attribution/workflows/mark-order-attribution-canceled"

export default async function orderCanceledAttribution({ event, container }: SubscriberArgs<{ id: string }>) {
  await markOrderAttributionCanceledWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
