import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { carrierName, trackingUrl } from "../../../lib/shipping/carriers"

export const buildParcelShippedNotificationStepId = "build-parcel-shipped-notification"

export const PARCEL_SHIPPED_TEMPLATE = "parcel-shipped"

type ParcelRow = { id: string; order_id: string; maker_id: string; carrier: string | null; tracking_number: string | null; items?: { line_item_id: string; quantity: number }[] }
type OrderRow = { id: string; display_id: number; email: string | null; items?: { id: string; title: string; product_title?: string | null; variant_title?: string | null }[] }

/**
 * 발송 안내 to the orderer (a gift's recipient gets no mail from us): which maker sent what,
 * with which carrier and 송장번호, and where to follow it. No prices: the mail is about the parcel.
 */
export const buildParcelShippedNotificationStep = createStep(
  buildParcelShippedNotificationStepId,
  async (input: { parcel_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: parcels } = await query.graph({
      entity: "parcel",
      fields: ["id", "order_id", "maker_id", "carrier", "tracking_number", "items.line_item_id", "items.quantity"],
      filters: { id: input.parcel_id },
    })
    const parcel = parcels[0] as unknown as ParcelRow | undefined
    if (!parcel) return new StepResponse([] as SendNotificationsStepInput)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "email", "items.id", "items.title", "items.product_title", "items.variant_title"],
      filters: { id: parcel.order_id },
    })
    const order = orders[0] as unknown as OrderRow | undefined
    if (!order?.email) return new StepResponse([] as SendNotificationsStepInput)
    const { data: makers } = await query.graph({ entity: "maker", fields: ["id", "name"], filters: { id: parcel.maker_id } })
    const lines = new Map((order.items ?? []).map((i) => [i.id, i]))
    const storefrontUrl = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
    return new StepResponse([
      {
        to: order.email,
        channel: "email",
        template: PARCEL_SHIPPED_TEMPLATE,
        data: {
          order_id: order.id,
          order_number: order.display_id,
          maker_name: (makers[0] as { name?: string } | undefined)?.name ?? null,
          carrier: parcel.carrier,
          carrier_name: carrierName(parcel.carrier),
          tracking_number: parcel.tracking_number,
          tracking_url: trackingUrl(parcel.carrier, parcel.tracking_number),
          items: (parcel.items ?? []).map((i) => {
            const line = lines.get(i.line_item_id)
            return { title: line?.product_title || line?.title || "", variant_title: line?.variant_title ?? null, quantity: Number(i.quantity) }
          }),
          lookup_url: `${storefrontUrl}/orders/lookup`,
        },
        trigger_type: PARCEL_SHIPPED_TEMPLATE,
        resource_id: parcel.id,
        resource_type: "parcel",
        idempotency_key: `${PARCEL_SHIPPED_TEMPLATE}:${parcel.id}`,
      },
    ] as SendNotificationsStepInput)
  }
)
