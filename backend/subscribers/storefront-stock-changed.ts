import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eventIds } from "../lib/storefront/event-ids"
import { revalidateStorefrontWorkflow } from "../workflows/storefront/workflows/revalidate-storefront"

const LEVEL_EVENTS = ["inventory-level.created", "inventory-level.updated", "inventory-level.deleted"]
// an order placed reserves stock, a canceled one releases it, a fulfillment consumes it
const RESERVATION_EVENTS = ["reservation-item.created", "reservation-item.updated", "reservation-item.deleted"]

/** Stock changed: the pages and lists of the products it makes up (kits included) show 품절 or not. */
export default async function storefrontStockChanged({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const ids = eventIds(event.data)
  const input = RESERVATION_EVENTS.includes(event.name) ? { reservation_ids: ids } : { inventory_level_ids: ids }
  await revalidateStorefrontWorkflow(container).run({ input })
}

export const config: SubscriberConfig = { event: [...LEVEL_EVENTS, ...RESERVATION_EVENTS] }
