import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { snapshotOrderAttributionWorkflow } from "../workflows/attribution/workflows/snapshot-order-attribution"

// Cart checkout writes the snapshot inside its own workflow (workflows/hooks); this catches
// orders placed any other way (e.g. draft orders). It does nothing for an order that has one.
export default async function orderPlacedAttribution({ event, container }: SubscriberArgs<{ id: string }>) {
  await snapshotOrderAttributionWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
