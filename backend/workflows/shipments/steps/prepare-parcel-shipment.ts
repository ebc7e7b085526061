import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isOrderPaid, type PaidCheckOrder } from "../../../lib/orders/paid"
import { checkTracking, trackingUrl } from "../../../lib/shipping/carriers"
import { PARCEL_ERRORS } from "../../../lib/shipping/parcel-errors"

export const prepareParcelShipmentStepId = "prepare-parcel-shipment"

export type ShipParcelInput = { parcel_id: string; maker_id: string; carrier: string; tracking_number?: string | null }

export type PreparedShipment = {
  parcel_id: string
  order_id: string
  maker_id: string
  carrier: string
  tracking_number: string | null
  items: { id: string; quantity: number }[]
  labels: { tracking_number: string; tracking_url: string; label_url: string }[]
}

type ParcelRow = { id: string; order_id: string; maker_id: string; status: string; items?: { line_item_id: string; quantity: number }[] }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Why a parcel cannot ship now, as the Korean 400 a seller reads (undefined = it can). The
 * maker must be the parcel's own (otherwise it is simply not found).
 */
export async function parcelShipmentProblem(container: MedusaContainer, input: ShipParcelInput): Promise<{ error: MedusaError } | { prepared: PreparedShipment }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "parcel",
    fields: ["id", "order_id", "maker_id", "status", "items.line_item_id", "items.quantity"],
    filters: { id: input.parcel_id, maker_id: input.maker_id },
  })
  const parcel = data[0] as unknown as ParcelRow | undefined
  if (!parcel) return { error: new MedusaError(MedusaError.Types.NOT_FOUND, PARCEL_ERRORS.parcelNotFound) }
  const tracking = checkTracking(input.carrier, input.tracking_number)
  if (!tracking.ok) return { error: invalid(tracking.message) }
  if (parcel.status === "canceled") return { error: invalid(PARCEL_ERRORS.parcelCanceled) }
  if (parcel.status !== "awaiting") return { error: invalid(PARCEL_ERRORS.alreadyShipped) }
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "status", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
    filters: { id: parcel.order_id },
  })
  const order = orders[0] as unknown as PaidCheckOrder | undefined
  if (!order) return { error: new MedusaError(MedusaError.Types.NOT_FOUND, PARCEL_ERRORS.orderNotFound) }
  if (order.status === "canceled") return { error: invalid(PARCEL_ERRORS.orderCanceled) }
  if (!isOrderPaid(order)) return { error: invalid(PARCEL_ERRORS.unpaid) }
  const url = trackingUrl(input.carrier, tracking.tracking_number)
  return {
    prepared: {
      parcel_id: parcel.id,
      order_id: parcel.order_id,
      maker_id: parcel.maker_id,
      carrier: input.carrier,
      tracking_number: tracking.tracking_number,
      // units staff canceled before shipment are already out of the parcel (quantity 0 = the whole line)
      items: (parcel.items ?? []).filter((i) => Number(i.quantity) > 0).map((i) => ({ id: i.line_item_id, quantity: Number(i.quantity) })),
      labels: tracking.tracking_number ? [{ tracking_number: tracking.tracking_number, tracking_url: url ?? "", label_url: url ?? "" }] : [],
    },
  }
}

/** Validation (throws the Korean 400/404) and the input of Medusa's fulfillment and shipment. Reads only. */
export const prepareParcelShipmentStep = createStep(prepareParcelShipmentStepId, async (input: ShipParcelInput, { container }) => {
  const checked = await parcelShipmentProblem(container, input)
  if ("error" in checked) throw checked.error
  return new StepResponse(checked.prepared)
})
