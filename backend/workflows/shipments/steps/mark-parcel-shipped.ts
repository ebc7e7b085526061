import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SHIPMENTS_MODULE } from "../../../modules/shipments"
import type ShipmentsModuleService from "../../../modules/shipments/service"

export const markParcelShippedStepId = "mark-parcel-shipped"

export type MarkParcelShippedInput = { parcel_id: string; fulfillment_id: string; carrier: string; tracking_number: string | null }

/** The parcel is on its way: carrier, 송장번호, the fulfillment, the time. Undone back to 발송 대기. */
export const markParcelShippedStep = createStep(
  markParcelShippedStepId,
  async (input: MarkParcelShippedInput, { container }) => {
    const shipments: ShipmentsModuleService = container.resolve(SHIPMENTS_MODULE)
    const parcel = await shipments.updateParcels({
      id: input.parcel_id,
      status: "shipped",
      fulfillment_id: input.fulfillment_id,
      carrier: input.carrier,
      tracking_number: input.tracking_number,
      shipped_at: new Date(),
    })
    return new StepResponse({ id: parcel.id, order_id: parcel.order_id, maker_id: parcel.maker_id }, input.parcel_id)
  },
  async (parcelId, { container }) => {
    if (!parcelId) return
    const shipments: ShipmentsModuleService = container.resolve(SHIPMENTS_MODULE)
    await shipments.updateParcels({ id: parcelId, status: "awaiting", fulfillment_id: null, carrier: null, tracking_number: null, shipped_at: null })
  }
)
