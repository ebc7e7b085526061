import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ensureOrderSnapshotsWorkflow } from "../workflows/orders/workflows/ensure-order-snapshots"

// Cart checkout writes the snapshots inside its own workflow (workflows/hooks); this fills in
// what a failed attempt there left out, and covers orders placed any other way (draft orders).
// It does nothing for an order that has both.
export default async function orderPlacedSnapshots({ event, container }: SubscriberArgs<{ id: string }>) {
  await ensureOrderSnapshotsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
