import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PARCEL_SHIPPED_EVENT, type ParcelEventData } from "../modules/shipments/types"
import { sendParcelShippedNotificationWorkflow } from "../workflows/notifications/workflows/send-parcel-shipped-notification"

/** 발송 안내 mail to the orderer when a maker ships its parcel. */
export default async function parcelShippedNotification({ event, container }: SubscriberArgs<ParcelEventData>) {
  await sendParcelShippedNotificationWorkflow(container).run({ input: { parcel_id: event.data.id } })
}

export const config: SubscriberConfig = { event: PARCEL_SHIPPED_EVENT }
